/**
 * Preloaded into a server by `npm run bench:page -- --profile` (node -r): the first SIGWINCH
 * starts V8's CPU profiler, the second writes the profile to CPU_PROFILE_FILE. `--cpu-prof`
 * cannot be used because Nest ends the process by re-raising SIGTERM, which skips its write;
 * SIGWINCH because Nest's shutdown hooks take SIGUSR2.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';

const file = process.env.CPU_PROFILE_FILE;
if (file) {
  const session = new Session();
  session.connect();
  let running = false;
  process.on('SIGWINCH', () => {
    if (!running) {
      running = true;
      session.post('Profiler.enable', () =>
        session.post('Profiler.setSamplingInterval', { interval: 200 }, () =>
          session.post('Profiler.start'),
        ),
      );
      return;
    }
    running = false;
    session.post('Profiler.stop', (err, result) => {
      if (!err) writeFileSync(file, JSON.stringify(result.profile));
    });
  });
}
