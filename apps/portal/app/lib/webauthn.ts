/**
 * The browser's WebAuthn, for the passkey pieces (ADR 0011). The check is a
 * one-liner (what @simplewebauthn/browser's browserSupportsWebAuthn does), and
 * the library itself loads only when someone presses a passkey button, so
 * pages stay inside the page-weight budget for everyone who never does.
 */
export function webAuthnAvailable(): boolean {
  return typeof window !== "undefined" && typeof window.PublicKeyCredential === "function";
}

export const loadWebAuthn = () => import("@simplewebauthn/browser");
