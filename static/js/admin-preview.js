// Live preview beside every Markdown field of the admin: what visitors will see, rendered on the
// server by the site's own sanitiser, and a sentence saying what it removed.
// The fields carry data-markdown-preview (the model) and data-preview-url; rows added to an
// inline later carry them too, so previews are made when a field is first used.
const WAIT_MS = 350;
const previews = new WeakMap();

function csrfToken(field) {
  const input = field.form?.querySelector("input[name=csrfmiddlewaretoken]");
  return input ? input.value : "";
}

function previewFor(field) {
  let preview = previews.get(field);
  if (preview) return preview;
  const box = document.createElement("div");
  box.className = "markdown-preview";
  const heading = document.createElement("p");
  heading.className = "markdown-preview-heading";
  const label = field.id && document.querySelector(`label[for="${field.id}"]`);
  const name = label ? label.textContent.replace(/:\s*$/, "").trim() : "";
  heading.textContent = name
    ? `Preview of “${name}”: what visitors will see`
    : "Preview: what visitors will see";
  const body = document.createElement("div");
  body.className = "markdown-preview-body";
  const status = document.createElement("p");
  status.className = "markdown-preview-status";
  status.setAttribute("role", "status");
  box.append(heading, body, status);
  field.insertAdjacentElement("afterend", box);
  preview = { body, status, timer: 0, sent: 0 };
  previews.set(field, preview);
  return preview;
}

// One preview request at a time: a change form opens with several texts, and sending them all at
// once asks the server for as many database connections as there are texts.
let previous = Promise.resolve();

function refresh(field) {
  previous = previous.then(() => requestPreview(field)).catch((error) => console.error(error));
}

async function requestPreview(field) {
  const preview = previewFor(field);
  const number = ++preview.sent;
  const data = new FormData();
  data.append("model", field.dataset.markdownPreview);
  data.append("text", field.value);
  let answer;
  try {
    const response = await fetch(field.dataset.previewUrl, {
      method: "POST",
      body: data,
      credentials: "same-origin",
      headers: { "X-CSRFToken": csrfToken(field) },
    });
    answer = response.headers.get("Content-Type")?.includes("json")
      ? await response.json()
      : { detail: "The preview could not be made. Save to see the page." };
    if (!response.ok && !answer.detail) answer.detail = "The preview could not be made.";
  } catch {
    answer = { detail: "No connection: the preview will come back when the site answers." };
  }
  if (number !== preview.sent) return; // a newer request has been sent meanwhile
  if (answer.detail) {
    preview.status.textContent = answer.detail;
    return;
  }
  // Sanitised on the server with the allowlist every page uses.
  preview.body.innerHTML = answer.html || "";
  preview.status.textContent = answer.removed || "";
  preview.status.classList.toggle("markdown-preview-removed", Boolean(answer.removed));
}

function schedule(field) {
  const preview = previewFor(field);
  clearTimeout(preview.timer);
  preview.timer = setTimeout(() => refresh(field), WAIT_MS);
}

document.addEventListener("input", (event) => {
  const field = event.target;
  if (field instanceof HTMLTextAreaElement && field.dataset.markdownPreview) schedule(field);
});

document.querySelectorAll("textarea[data-markdown-preview]").forEach((field) => {
  if (field.name.includes("__prefix__")) return; // an inline's template row
  if (field.value.trim()) refresh(field);
});
