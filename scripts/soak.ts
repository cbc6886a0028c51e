/** `npm run soak [kills]`: the crash soak (scripts/soak/run-soak.ts), 100 kills unless told; exits 1 on any corruption or loss. */
import { runSoak } from './soak/run-soak';

const kills = Number(process.argv[2] ?? 100);
if (!Number.isInteger(kills) || kills < 1) throw new Error('usage: npm run soak [number of kills]');

void runSoak({ kills, maxLifeMs: 1500, log: (line) => console.log(line) }).then((r) => {
  console.log(
    `soak: ${r.kills} kills, ${r.corrupt} corrupt, ${r.lost} lost of ${r.acknowledged} acknowledged writes ` +
      `(${r.perRound.min}–${r.perRound.max} per round); ${r.duringBackup} kills during a backup; ${r.backupsChecked} backup checks`,
  );
  for (const p of r.problems) console.log(`  ${p}`);
  process.exitCode = r.corrupt === 0 && r.lost === 0 ? 0 : 1;
});
