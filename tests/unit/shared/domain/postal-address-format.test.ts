import { describe, expect, it } from 'vitest';
import type { PostalAddress } from '../../../../shared/api/people/schemas';
import { formatPostalAddress } from '../../../../shared/domain/postal-address-format';

function address(country: string, lines: string[], city: string, postalCode: string, region = ''): PostalAddress {
  return { lines, city, region, postalCode, country };
}

const berlin = address('DE', ['Friedrichstraße 123', 'Aufgang B'], 'Berlin', '10117', 'Berlin');
const madrid = address('ES', ['Calle de Alcalá 45, 3º izq.'], 'Madrid', '28014', 'Madrid');
const mexico = address('MX', ['Av. Paseo de la Reforma 222', 'Col. Juárez'], 'Ciudad de México', '06600', 'CDMX');
const beijing = address('CN', ['朝阳区建国路88号'], '北京市', '100022', '北京');
const beijingLatin = address('CN', ['88 Jianguo Road', 'Chaoyang District'], 'Beijing', '100022');
const springfield = address('US', ['1 Main St', 'Suite 5'], 'Springfield', '62701', 'IL');
const london = address('GB', ['10 Downing Street'], 'London', 'SW1A 2AA');

describe('formatPostalAddress', () => {
  it.each([
    [
      'German address posted in Germany',
      'Zoë Müller',
      'Acme GmbH',
      berlin,
      'DE',
      ['Zoë Müller', 'Acme GmbH', 'Friedrichstraße 123', 'Aufgang B', '10117 Berlin'],
    ],
    [
      'German address posted from the US',
      'Zoë Müller',
      'Acme GmbH',
      berlin,
      'US',
      ['Zoë Müller', 'Acme GmbH', 'Friedrichstraße 123', 'Aufgang B', '10117 Berlin', 'GERMANY'],
    ],
    ['Spanish address posted from Germany', 'José Álvarez', '', madrid, 'DE', ['José Álvarez', 'Calle de Alcalá 45, 3º izq.', '28014 Madrid', 'SPAIN']],
    [
      'Mexican address posted in Mexico',
      'José Álvarez',
      'Acme SA de CV',
      mexico,
      'MX',
      ['José Álvarez', 'Acme SA de CV', 'Av. Paseo de la Reforma 222', 'Col. Juárez', '06600 Ciudad de México, CDMX'],
    ],
    ['US address posted in the US', 'Jane Doe', 'Acme Inc.', springfield, 'US', ['Jane Doe', 'Acme Inc.', '1 Main St', 'Suite 5', 'Springfield, IL 62701']],
    [
      'British address: town and postcode on their own lines',
      'Jane Doe',
      '',
      london,
      'DE',
      ['Jane Doe', '10 Downing Street', 'London', 'SW1A 2AA', 'UNITED KINGDOM'],
    ],
    [
      'Chinese address in Chinese posted in China: largest first, name last',
      '王伟',
      '阿克米公司',
      beijing,
      'CN',
      ['100022', '北京', '北京市', '朝阳区建国路88号', '阿克米公司', '王伟'],
    ],
    [
      'Chinese address in Chinese posted from Germany: country last in capitals',
      '王伟',
      '',
      beijing,
      'DE',
      ['100022', '北京', '北京市', '朝阳区建国路88号', '王伟', 'CHINA'],
    ],
    [
      'Chinese address in Latin letters: written Western style',
      'Wang Wei',
      '',
      beijingLatin,
      'US',
      ['Wang Wei', '88 Jianguo Road', 'Chaoyang District', 'Beijing 100022', 'CHINA'],
    ],
    [
      'unknown country: no country line',
      'Jane Doe',
      '',
      address('', ['1 Main St'], 'Springfield', '62701', 'IL'),
      'DE',
      ['Jane Doe', '1 Main St', 'Springfield, IL 62701'],
    ],
  ])('%s', (_label, name, company, addr, sender, expected) => {
    expect(formatPostalAddress(name, company, addr, { senderCountry: sender })).toEqual(expected);
  });

  it('gives only the name and company when there is no address', () => {
    expect(formatPostalAddress('Jane Doe', 'Acme', null, { senderCountry: 'US' })).toEqual(['Jane Doe', 'Acme']);
    expect(formatPostalAddress('Jane Doe', '', address('', [], '', ''), { senderCountry: 'US' })).toEqual(['Jane Doe']);
  });

  it('keeps markup as plain text, never interpreting it', () => {
    const lines = formatPostalAddress('<script>alert(1)</script>', '', springfield, { senderCountry: 'US' });
    expect(lines[0]).toBe('<script>alert(1)</script>');
  });
});
