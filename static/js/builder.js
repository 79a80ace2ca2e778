// The practice builder, enhanced: every change asks the server for the practice's new page and
// swaps it in, so the time, the balance check and the flags are always the server's own. Steps
// can be dragged into a new order; the buttons (move up, move down, remove) work from the keyboard
// and without this script.

const form = document.querySelector("[data-builder]");
const status = document.querySelector("[data-builder-status]");

if (form) {
  form.classList.add("is-enhanced");
  let pending = null;

  // Where focus goes after an action, so a keyboard user stays where they were.
  function focusAfter(action, previous) {
    const [verb, argument] = action.split(":");
    const n = Number(argument);
    const candidates = {
      up: [`up-${n - 1}`, `down-${n - 1}`],
      down: [`down-${n + 1}`, `up-${n + 1}`],
      remove: [`remove-${n}`, `remove-${n - 1}`, "practice-title"],
      clear: ["practice-title"],
      order: ["practice-title"],
    }[verb];
    return [...(candidates || []), previous, "practice-title"];
  }

  function say(text) {
    if (!status) return;
    status.textContent = "";
    window.setTimeout(() => (status.textContent = text), 50);
  }

  async function send(action) {
    const data = new FormData(form);
    if (action) data.set("do", action);
    else data.set("do", "update");
    const previous = document.activeElement && document.activeElement.id;
    const query = new URLSearchParams(data);
    if (pending) pending.abort();
    pending = new AbortController();
    form.classList.add("is-busy");
    try {
      const response = await fetch(`${form.action}?${query}`, {
        signal: pending.signal,
        headers: { Accept: "text/html" },
      });
      if (!response.ok) throw new Error(`status ${response.status}`);
      const page = new DOMParser().parseFromString(await response.text(), "text/html");
      const fresh = page.querySelector("[data-builder]");
      if (!fresh) throw new Error("no builder in the answer");
      form.replaceChildren(...fresh.childNodes);
      const address = response.url.split("#")[0];
      history.replaceState(null, "", address);
      enhance(true);
      const target = focusAfter(action || "", previous)
        .map((id) => id && document.getElementById(id))
        .find(Boolean);
      if (target) target.focus({ preventScroll: false });
      const summary = form.querySelector("[data-summary-line]");
      const warnings = form.querySelectorAll("[data-checks] [data-warning]").length;
      say(
        `${summary ? summary.textContent.trim() : "No poses yet."} ` +
          (warnings ? `${warnings} thing${warnings > 1 ? "s" : ""} to look at in the balance check.` : "")
      );
    } catch (error) {
      if (error.name === "AbortError") return;
      // Anything unexpected: let the browser do it the ordinary way.
      const fallback = new URLSearchParams(new FormData(form));
      fallback.set("do", action || "update");
      window.location.assign(`${form.action}?${fallback}`);
    } finally {
      form.classList.remove("is-busy");
    }
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const button = event.submitter;
    send(button && button.name === "do" ? button.value : "update");
  });

  form.addEventListener("change", (event) => {
    const field = event.target;
    if (field.matches("[data-share-url]")) return;
    if (field.closest("[data-built]")) send("update");
  });

  // Dragging a step to a new place sends the new order, as ?do=order:3,1,2.
  function enhance(swapped) {
    const list = form.querySelector("[data-steps]");
    const copy = form.querySelector("[data-copy]");
    const share = form.querySelector("[data-share-url]");
    if (copy && share && navigator.clipboard) {
      copy.hidden = false;
      copy.addEventListener("click", async () => {
        await navigator.clipboard.writeText(share.value);
        say("The address is copied.");
      });
    }
    if (swapped) {
      // site.js wired the first page's print button; a swapped-in one is wired here.
      form.querySelectorAll("[data-print]").forEach((button) => {
        button.closest("[hidden]")?.removeAttribute("hidden");
        button.addEventListener("click", () => window.print());
      });
    }
    if (!list) return;
    let dragged = null;
    for (const item of list.querySelectorAll("[data-step]")) {
      item.draggable = true;
      item.querySelector("[data-handle]").hidden = false;
      item.addEventListener("dragstart", (event) => {
        dragged = item;
        item.classList.add("is-dragging");
        event.dataTransfer.effectAllowed = "move";
        event.dataTransfer.setData("text/plain", item.dataset.step);
      });
      item.addEventListener("dragend", () => {
        item.classList.remove("is-dragging");
        list.querySelectorAll(".is-drop-target").forEach((el) => el.classList.remove("is-drop-target"));
      });
      item.addEventListener("dragover", (event) => {
        if (!dragged || dragged === item) return;
        event.preventDefault();
        item.classList.add("is-drop-target");
      });
      item.addEventListener("dragleave", () => item.classList.remove("is-drop-target"));
      item.addEventListener("drop", (event) => {
        event.preventDefault();
        if (!dragged || dragged === item) return;
        const order = [...list.querySelectorAll("[data-step]")].map((el) => el.dataset.step);
        const from = order.indexOf(dragged.dataset.step);
        const to = order.indexOf(item.dataset.step);
        order.splice(to, 0, order.splice(from, 1)[0]);
        send(`order:${order.join(",")}`);
      });
    }
  }

  enhance(false);
}
