/**
 * react-i18next imports `use-sync-external-store/shim` for React 17 and older;
 * React 19 has the hook built in. Aliasing the shim to React's own (vite.config.ts)
 * keeps its fallback code off every page (the 150 KB budget, ADR 0014).
 */
export { useSyncExternalStore } from "react";
