import { notificationTasks } from "../notifications/tasks.js";
import type { TaskList } from "./runner.js";

/** Every kind of background job the API runs, by the name `enqueue` queues it under. */
export const taskList: TaskList = { ...notificationTasks };
