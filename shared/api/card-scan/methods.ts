/** Reading business cards from photos and keeping the photos with the people. */
export const cardMethodNames = [
  'cards.choosePhotos',
  'cards.read',
  'cards.readChosen',
  'cards.findMatch',
  'cards.add',
  'cards.discard',
  'cards.photos',
] as const;

export type CardMethod = (typeof cardMethodNames)[number];
