import { eventFunctions } from "./functions/event-functions";
import { scheduledFunctions } from "./functions/scheduled-functions";

/** Everything /api/inngest serves: the event handlers and the schedule, both from lib/jobs. */
export const functions = [...Object.values(eventFunctions), ...Object.values(scheduledFunctions)];
