import type { CardReading, ReadText } from './card-reading';

const surer = (a: ReadText, b: ReadText): ReadText => (b.value !== '' && (a.value === '' || b.certainty > a.certainty) ? b : a);

/**
 * Both sides of one card as one reading: each field from the side that read it more surely
 * (a back often repeats the name in another language, or carries only the address), phone
 * numbers from both without repeats.
 */
export function combineSides(front: CardReading, back: CardReading): CardReading {
  const phones = [...front.phones];
  for (const p of back.phones) if (!phones.some((q) => q.number === p.number)) phones.push(p);
  const address = back.address.value && (!front.address.value || back.address.certainty > front.address.certainty) ? back.address : front.address;
  const name = surer(front.fullName, back.fullName);
  const nameFromBack = name !== front.fullName;
  return {
    fullName: name,
    givenName: nameFromBack ? back.givenName : front.givenName,
    familyName: nameFromBack ? back.familyName : front.familyName,
    title: surer(front.title, back.title),
    company: surer(front.company, back.company),
    email: surer(front.email, back.email),
    phones,
    website: surer(front.website, back.website),
    linkedin: surer(front.linkedin, back.linkedin),
    address,
    unused: [...front.unused, ...back.unused],
  };
}
