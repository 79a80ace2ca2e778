// Backsite's service worker: a practice keeps working without a connection.
// CONFIG (the static, media and admin addresses) is written above this line by the server.
// It stores only: GET static files and uploads (never the admin's own files), and pages that asked
// to be kept (the practice player posts its address), when the answer is public.
const CACHE = "backsite-offline-v1";

function isAsset(url) {
  const path = url.pathname;
  if (path.startsWith(CONFIG.staticAdmin)) return false;
  return path.startsWith(CONFIG.static) || path.startsWith(CONFIG.media);
}

function isAdmin(url) {
  return url.pathname.startsWith(CONFIG.admin) || url.pathname.startsWith(CONFIG.staticAdmin);
}

// Draft previews and pages for signed-in editors say private or no-store: never kept.
function storable(response) {
  if (!response || !response.ok || response.type !== "basic" || response.redirected) return false;
  const control = (response.headers.get("Cache-Control") || "").toLowerCase();
  return !/(private|no-store|no-cache)/.test(control);
}

async function keep(request, response) {
  if (!storable(response)) return false;
  const cache = await caches.open(CACHE);
  await cache.put(request, response);
  return true;
}

self.addEventListener("install", () => self.skipWaiting());

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

// The player asks for its page, script, styles and pictures to be kept; it hears how many were.
self.addEventListener("message", (event) => {
  const urls = (event.data && event.data.keep) || [];
  event.waitUntil(
    (async () => {
      const kept = [];
      for (const href of urls) {
        const url = new URL(href, self.location.origin);
        if (url.origin !== self.location.origin || isAdmin(url)) continue;
        try {
          const response = await fetch(url, { credentials: "same-origin" });
          if (await keep(url.href, response)) kept.push(url.href);
        } catch {
          // Offline or refused: it stays out of the cache.
        }
      }
      if (event.ports[0]) event.ports[0].postMessage({ kept });
    })(),
  );
});

// Only what was kept is looked after: it comes from the network when there is one (and the kept
// copy is refreshed), and from the cache when there is not. Everything else passes straight through.
self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin || isAdmin(url)) return;
  if (request.mode !== "navigate" && !isAsset(url)) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      const kept = await cache.match(request, { ignoreVary: true });
      if (!kept) return fetch(request);
      try {
        const response = await fetch(request);
        if (storable(response)) await cache.put(request, response.clone());
        else if (response.ok) await cache.delete(request);
        return response;
      } catch {
        return kept;
      }
    })(),
  );
});
