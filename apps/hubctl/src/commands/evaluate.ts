import { evaluate } from '@hub/evaluation';

/** `hubctl eval [--errors] [--dev]`: the harness (@hub/evaluation) with the command's flags, as the text it prints. */
export function evalReport(flags: { errors?: boolean; dev?: boolean }): string {
  return evaluate({ showErrors: !!flags.errors, devOnly: !!flags.dev }).text;
}
