/**
 * The audible cue for a red alert: three short tones made by the Web Audio API (no sound file to
 * fetch). Browsers let a page make sound only after a person interacted with it, so the board asks
 * the officer to switch the sound on once; `enable` must run from that click.
 */
let ctx: AudioContext | undefined;

export async function enableSound(): Promise<boolean> {
  ctx ??= new AudioContext();
  await ctx.resume();
  return ctx.state === 'running';
}

export function soundEnabled(): boolean {
  return ctx?.state === 'running';
}

/** Plays the red-alert cue; false when sound is not enabled. */
export function playRedCue(): boolean {
  if (!ctx || ctx.state !== 'running') return false;
  const start = ctx.currentTime;
  for (let i = 0; i < 3; i++) {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = 'square';
    osc.frequency.value = 880;
    gain.gain.setValueAtTime(0.15, start + i * 0.3);
    gain.gain.setValueAtTime(0, start + i * 0.3 + 0.18);
    osc.connect(gain).connect(ctx.destination);
    osc.start(start + i * 0.3);
    osc.stop(start + i * 0.3 + 0.2);
  }
  return true;
}
