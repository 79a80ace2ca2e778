// "My back": remembers the visitor's conditions on this device and keeps them in links.
// Progressive enhancement: without it, the choice still travels in the address (?for=...).
const KEY = "backsite:my-back";
const PARAMETER = "for";
const SKIP = /^\/(admin|static|media|sitemap\.xml|robots\.txt)/;

// The conditions Backsite knows are the header control's own checkboxes.
function known() {
  const boxes = document.querySelectorAll(".my-back-control input[type=checkbox][name=for]");
  return new Set(Array.from(boxes, (box) => box.value));
}

function storage() {
  try {
    return window.localStorage;
  } catch {
    return null; // storage blocked: the address alone carries the choice
  }
}

function slugsFrom(values, valid) {
  const seen = [];
  for (const value of values.join(",").split(",")) {
    const slug = value.trim().toLowerCase();
    if (slug && valid.has(slug) && !seen.includes(slug)) {
      seen.push(slug);
    }
  }
  return seen;
}

function withChoice(url, value) {
  const params = new URLSearchParams(url.search);
  params.delete(PARAMETER);
  const rest = params.toString();
  // Slugs are plain letters, digits and hyphens: keep the commas readable in the address.
  url.search = (rest ? rest + "&" : "") + PARAMETER + "=" + value;
  return url;
}

function keepInLinks(value) {
  // Attributes rather than .href, which SVG links (the muscle map) do not let us set.
  for (const link of document.querySelectorAll("a[href]")) {
    const url = new URL(link.getAttribute("href"), window.location.href);
    if (url.origin !== window.location.origin || SKIP.test(url.pathname)) {
      continue;
    }
    if (url.searchParams.has(PARAMETER) || link.hasAttribute("download")) {
      continue;
    }
    if (url.pathname === window.location.pathname && url.hash && !url.search) {
      continue; // a link within the page
    }
    const changed = withChoice(url, value);
    link.setAttribute("href", changed.pathname + changed.search + changed.hash);
  }
}

function showDevice(store, value) {
  const line = document.querySelector("[data-my-back-device]");
  if (!line) {
    return;
  }
  line.hidden = false;
  if (!store) {
    line.textContent = "This browser does not allow Backsite to remember your choice, so keep the address.";
  } else if (value) {
    line.textContent = "This browser remembers your choice on this device only, and applies it next time.";
  } else {
    line.textContent = "This browser remembers nothing for Backsite.";
  }
}

function main() {
  const valid = known();
  const store = storage();
  const url = new URL(window.location.href);
  let value = "";
  if (url.searchParams.has(PARAMETER)) {
    // The address wins: it is what the visitor chose or was sent, and an empty for= clears.
    value = slugsFrom(url.searchParams.getAll(PARAMETER), valid).join(",");
    if (store) {
      try {
        if (value) {
          store.setItem(KEY, value);
        } else {
          store.removeItem(KEY);
        }
      } catch {
        // full or blocked storage: nothing to remember
      }
    }
  } else if (store) {
    const remembered = slugsFrom([store.getItem(KEY) || ""], valid).join(",");
    if (remembered) {
      window.location.replace(withChoice(url, remembered).href);
      return;
    }
  }
  showDevice(store, value);
  if (value) {
    keepInLinks(value);
  }
}

main();
