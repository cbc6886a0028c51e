import { describe, expect, it } from 'vitest';
import { splitPersonName } from '../../../../shared/domain/person-name';

describe('splitPersonName', () => {
  it.each([
    ['Zoë Müller', 'Zoë', 'Müller', 'given-first'],
    ['José Álvarez', 'José', 'Álvarez', 'given-first'],
    ['王伟', '伟', '王', 'family-first'],
    ['欧阳娜娜', '娜娜', '欧阳', 'family-first'],
    ['山田 太郎', '太郎', '山田', 'family-first'],
    ['김민수', '민수', '김', 'family-first'],
    ['남궁민수', '민수', '남궁', 'family-first'],
    ['Ludwig van Beethoven', 'Ludwig', 'van Beethoven', 'given-first'],
    ['María de la Cruz', 'María', 'de la Cruz', 'given-first'],
    ['Mary Ann Smith', 'Mary Ann', 'Smith', 'given-first'],
    ['Müller, Zoë', 'Zoë', 'Müller', 'given-first'],
    ['Dr. Jane Doe', 'Jane', 'Doe', 'given-first'],
    ['Martin Luther King Jr.', 'Martin Luther', 'King', 'given-first'],
    ['Madonna', 'Madonna', '', 'given-first'],
    ['  Jane   Doe  ', 'Jane', 'Doe', 'given-first'],
    ['', '', '', 'given-first'],
  ])('%s', (full, given, family, order) => {
    expect(splitPersonName(full)).toEqual({ givenName: given, familyName: family, order });
  });
});
