export * from "./events.js";
export * from "./schedule.js";
