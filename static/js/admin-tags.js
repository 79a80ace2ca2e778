// Offer existing tags for the tag being typed after a comma, not only the first one.
// The server renders a <datalist> of every tag; this module rewrites its options so that each one
// is the whole box with the current tag completed ("backbend, gen" offers "backbend, gentle").
const LIMIT = 20;

function setUp(input) {
  const list = document.getElementById(input.getAttribute("list"));
  if (!list) return;
  const names = Array.from(list.options, (option) => option.value);

  const refresh = () => {
    const value = input.value;
    const cut = value.lastIndexOf(",");
    const before = cut === -1 ? "" : value.slice(0, cut + 1) + " ";
    const typed = value.slice(cut + 1).trim().toLowerCase();
    const chosen = new Set(
      value.slice(0, cut + 1).split(",").map((part) => part.trim().toLowerCase()),
    );
    const offered = names
      .filter((name) => !chosen.has(name.toLowerCase()))
      .filter((name) => name.toLowerCase().includes(typed))
      .slice(0, LIMIT);
    list.replaceChildren(
      ...offered.map((name) => {
        const option = document.createElement("option");
        option.value = before + name;
        return option;
      }),
    );
  };
  input.addEventListener("input", refresh);
  input.addEventListener("focus", refresh);
}

document.querySelectorAll("input[data-tag-suggestions]").forEach(setUp);
