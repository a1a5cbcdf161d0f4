import type { Config } from "@react-router/dev/config";

export default {
  appDirectory: "app",
  // Server rendering is what makes every page usable before, or without, JavaScript.
  ssr: true,
} satisfies Config;
