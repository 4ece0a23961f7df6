/**
 * Serves a scaled-up demo newsroom in its own process, so the benchmark's pipeline does not share an
 * event loop with the server it fetches from. Prints one JSON line with the origin and feed URLs.
 */
import { scaleUpNewsroom, startDemoNewsroom } from '../src/demo/index.js';

const [outlets, perOutlet, seed, nowIso] = process.argv.slice(2);
const scaled = scaleUpNewsroom({ outlets: Number(outlets), articlesPerOutlet: Number(perOutlet), seed: Number(seed) });
const newsroom = await startDemoNewsroom({
  port: 0,
  now: new Date(nowIso!),
  outlets: scaled.outlets,
  articles: scaled.articles,
});
process.stdout.write(
  `${JSON.stringify({ origin: newsroom.origin, feeds: newsroom.feedUrls.map((f) => ({ outlet: f.outlet, url: f.url })) })}\n`,
);
process.on('SIGTERM', () => {
  newsroom.close().finally(() => process.exit(0));
});
