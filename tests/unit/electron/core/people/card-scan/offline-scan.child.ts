/** Reads one card in a process whose network is denied (see deny-network.cjs); prints what it read. */
import { createCardScanner } from '../../../../../../electron/core/people/card-scan/card-scanner';
import { createOcrEngine } from '../../../../../../electron/core/people/card-scan/ocr-engine';
import { prepareCard } from '../../../../../../electron/core/people/card-scan/prepare-card-image';
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
  const png = (await renderCard(cardTruth(Number(process.argv[2])))).png;
  // The whole scan: the page reader, then the name's line readers.
  const { reading } = await createCardScanner(engine, () => 'US').scan(png, 'card.png');
  const orientation = await engine.orientation((await prepareCard(png, 'card.png')).ocr.png);
  await engine.close();
  process.stdout.write(JSON.stringify({ selfCheck, email: reading.email.value, name: reading.fullName.value, orientation }));
}

void main();
