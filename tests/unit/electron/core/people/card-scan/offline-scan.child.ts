/** Reads one card in a process whose network is denied (see deny-network.cjs); prints what it read. */
import { createOcrEngine } from '../../../../../../electron/core/people/card-scan/ocr-engine';
import { prepareCard } from '../../../../../../electron/core/people/card-scan/prepare-card-image';
import { readCardFields } from '../../../../../../shared/card-scan/read-card-fields';
import { cardTruth } from '../../../../helpers/business-cards/card-people';
import { renderCard } from '../../../../helpers/business-cards/card-render';

async function main() {
  let selfCheck = 'allowed';
  try {
    await fetch('http://127.0.0.1:9/');
  } catch (error) {
    selfCheck = String(error).includes('network access denied') ? 'denied' : String(error);
  }
  const engine = createOcrEngine();
  const prepared = await prepareCard((await renderCard(cardTruth(Number(process.argv[2])))).png, 'card.png');
  const reading = readCardFields(await engine.recognize(prepared.ocr), { homeCountry: 'US' });
  const orientation = await engine.orientation(prepared.ocr.png);
  await engine.close();
  process.stdout.write(JSON.stringify({ selfCheck, email: reading.email.value, orientation }));
}

void main();
