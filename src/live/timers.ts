/**
 * The timers of live updates, replaceable so that tests pin the clock (fake timers): every wait of this
 * module goes through here, and `now` is what "Bijgewerkt om" says.
 */
export const timers = {
  now: (): number => Date.now(),
  set: (run: () => void, ms: number): ReturnType<typeof setTimeout> => setTimeout(run, ms),
  clear: (timer: ReturnType<typeof setTimeout> | undefined): void => clearTimeout(timer),
};
