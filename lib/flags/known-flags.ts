/**
 * Flags the code asks about, with the state a fresh install starts in. The admin page lists them
 * even before anyone changed them; administrators may add others for new work.
 */
export const KNOWN_FLAGS = {
  community_questions: {
    description: "Community questions: submit, vote, browse by company and practise them",
    enabled: true,
    rolloutPercentage: 100,
  },
} as const satisfies Record<
  string,
  { description: string; enabled: boolean; rolloutPercentage: number }
>;

export type KnownFlag = keyof typeof KNOWN_FLAGS;
