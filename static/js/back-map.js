// Adds the layer control to the back map: peel the layers away from the surface inward, and put
// them back. Without this script every layer shows and every muscle is still a link.

const figure = document.querySelector(".back-map[data-peel]");

if (figure) {
  // Surface first: the order in which layers are peeled.
  const layers = Array.from(figure.querySelectorAll(".back-map__layer")).sort(
    (a, b) => Number(a.dataset.depth) - Number(b.dataset.depth),
  );
  let peeled = 0;

  const controls = document.createElement("div");
  controls.className = "back-map__controls";
  const peel = document.createElement("button");
  peel.type = "button";
  peel.className = "button";
  peel.textContent = "Peel a layer";
  const back = document.createElement("button");
  back.type = "button";
  back.className = "button button--quiet";
  back.textContent = "Put a layer back";
  const status = document.createElement("p");
  status.className = "back-map__status";
  status.setAttribute("role", "status");
  controls.append(peel, back, status);
  figure.prepend(controls);

  const show = () => {
    layers.forEach((layer, index) => {
      if (index < peeled) {
        layer.setAttribute("display", "none");
      } else {
        layer.removeAttribute("display");
      }
    });
    peel.disabled = peeled >= layers.length - 1;
    back.disabled = peeled === 0;
    const top = layers[peeled];
    status.textContent = peeled === 0
      ? "Showing every layer, from the surface."
      : `Showing from layer ${top.dataset.depth} inward: ${top.dataset.name}.`;
  };

  peel.addEventListener("click", () => {
    if (peeled < layers.length - 1) {
      peeled += 1;
      show();
      // Keep keyboard focus on a control that still works.
      if (peel.disabled) back.focus();
    }
  });
  back.addEventListener("click", () => {
    if (peeled > 0) {
      peeled -= 1;
      show();
      if (back.disabled) peel.focus();
    }
  });
  show();
}
