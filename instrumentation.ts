// Runs once when the server process starts (Next.js instrumentation hook).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { installClientIpStamp } = await import("./lib/http/install-client-ip.server");
    installClientIpStamp();
  }
}
