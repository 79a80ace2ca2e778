// The practice player: turns the server's plan (an ordered list, and the same plan as JSON) into a
// timed, hands-free session. Every browser feature is optional and detected first.
const STORE = "backsite.practice";
const SIDES = { right: "Right side", left: "Left side", both: "Both sides" };

// Python's sequences.schedule.paced(), rounding halves up the same way.
const paced = (seconds, pace) => Math.max(1, Math.floor(seconds * pace + 0.5));
const clock = (s) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
const unit = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function duration(s) {
  const m = Math.floor(s / 60), r = s % 60;
  if (!m) return unit(r, "second");
  return r ? `${unit(m, "minute")} ${unit(r, "second")}` : unit(m, "minute");
}

// The same expansion as build_schedule() in sequences/schedule.py.
export function expand(plan, { rounds, pace, leadIn, rest }) {
  const segments = [];
  let at = 0, unitNo = -1;
  const add = (kind, [step, side, repetition], round, seconds) => {
    segments.push({ kind, step, side, repetition, round, seconds, start: at, unit: unitNo });
    at += seconds;
  };
  for (let round = 1; round <= rounds; round++) {
    plan.forEach((hold, position) => {
      unitNo += 1;
      if (position === 0 && round > 1 && rest) add("rest", hold, round, rest);
      else if (leadIn && hold[4]) add("ready", hold, round, leadIn);
      add("hold", hold, round, paced(hold[3], pace));
    });
  }
  return segments;
}

function load() {
  try {
    return JSON.parse(localStorage.getItem(STORE)) || {};
  } catch {
    return {};
  }
}

function start(root) {
  const data = JSON.parse(document.getElementById("player-data").textContent);
  const $ = (name) => root.querySelector(`[data-${name}]`);
  const stage = $("stage"), summary = $("summary"), safety = $("safety"), form = $("options");
  const playButton = $("play"), live = $("live"), plan = $("plan");
  const steps = data.steps;

  // Choices: the address wins (a visitor without script chose it), then this device's memory.
  const saved = load(), query = new URLSearchParams(location.search);
  const settings = { rounds: data.rounds, pace: data.pace, leadIn: data.leadIn, rest: data.rest };
  for (const [key, param] of [["pace", "pace"], ["leadIn", "lead_in"], ["rest", "rest"]]) {
    if (!query.has(param) && key in saved) settings[key] = saved[key];
  }
  Object.assign(settings, { sound: true, voice: false, vibrate: true });
  for (const key of ["sound", "voice", "vibrate"]) if (key in saved) settings[key] = saved[key];
  const remember = () => {
    const { pace, leadIn, rest, sound, voice, vibrate } = settings;
    try {
      localStorage.setItem(STORE, JSON.stringify({ pace, leadIn, rest, sound, voice, vibrate }));
    } catch {
      // Private browsing may refuse storage; the choices then last for this visit only.
    }
  };

  let segments = [], total = 0, index = 0, elapsed = 0, practised = 0;
  let playing = false, begun = false, last = 0, timer = 0, lock = null, audio = null, shownStep = -1;

  // ----- Cues -----
  function chime(kind) {
    const Context = window.AudioContext || window.webkitAudioContext;
    if (!settings.sound || !Context) return;
    audio = audio || new Context();
    const notes = { hold: [660, 880], ready: [523], rest: [440, 330], end: [523, 660, 784] }[kind];
    notes.forEach((frequency, i) => {
      const at = audio.currentTime + i * 0.2, tone = audio.createOscillator(), gain = audio.createGain();
      tone.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, at);
      gain.gain.exponentialRampToValueAtTime(0.2, at + 0.03);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 1.2);
      tone.connect(gain).connect(audio.destination);
      tone.start(at);
      tone.stop(at + 1.3);
    });
  }
  function say(text) {
    if (!settings.voice || !("speechSynthesis" in window)) return;
    speechSynthesis.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = document.documentElement.lang || "en-GB";
    speechSynthesis.speak(utterance);
  }
  function buzz(pattern) {
    if (settings.vibrate && navigator.vibrate) navigator.vibrate(pattern);
  }
  async function wake() {
    if (!("wakeLock" in navigator) || lock) return;
    try {
      lock = await navigator.wakeLock.request("screen");
      lock.addEventListener("release", () => (lock = null));
      if (!playing) sleep(); // paused while the request was on its way
    } catch {
      // Refused (low battery, hidden tab): the session goes on without it.
    }
  }
  function sleep() {
    if (lock) lock.release();
    lock = null;
  }

  // ----- Showing a segment -----
  const picture = (step) => document.querySelector(`template[data-step="${step}"]`).content;
  const sideWords = (side) => (side === "both" ? "" : `${SIDES[side]}. `);

  function showStep(step) {
    if (step === shownStep) return;
    shownStep = step;
    const info = steps[step], content = picture(step);
    $("figure").replaceChildren(content.querySelector("picture, img").cloneNode(true));
    $("name").textContent = info.name;
    $("sanskrit").textContent = info.sanskrit;
    $("caution").textContent = info.caution;
    $("caution").hidden = !info.caution;
    const notes = content.querySelector("[data-notes]");
    $("notes").replaceChildren(...(notes ? [...notes.cloneNode(true).childNodes] : []));
    $("flags").replaceChildren(
      ...(info.flags || []).map((flag) => Object.assign(document.createElement("li"), { textContent: flag })),
    );
  }

  function render() {
    const segment = segments[index], info = steps[segment.step];
    showStep(segment.step);
    root.dataset.segment = segment.kind;
    $("phase").textContent = { ready: "Get ready", hold: "Hold", rest: "Rest" }[segment.kind];
    $("where").textContent = `Round ${segment.round} of ${settings.rounds} · Pose ${segment.step + 1} of ${steps.length}`;
    $("side").textContent = SIDES[segment.side];
    $("rep").textContent = info.repetitions > 1 ? `Repetition ${segment.repetition} of ${info.repetitions}` : "";
    const following = segments.find((s) => s.kind === "hold" && s.unit > segment.unit);
    $("next-box").hidden = !following;
    if (following) {
      const reps = steps[following.step].repetitions;
      $("next").textContent = `${steps[following.step].name}, ${SIDES[following.side].toLowerCase()}${reps > 1 ? `, ${following.repetition} of ${reps}` : ""}`;
      // The same picture as the big one (the same file, so it is there offline), drawn small.
      const small = picture(following.step).querySelector("picture, img").cloneNode(true);
      (small.querySelector("img") || small).alt = "";
      $("next-figure").replaceChildren(small);
    }
    plan.querySelectorAll("[aria-current]").forEach((item) => item.removeAttribute("aria-current"));
    plan.querySelector(`[data-index="${index}"]`)?.setAttribute("aria-current", "step");
    tickText();
  }

  function tickText() {
    const segment = segments[index];
    $("count").textContent = clock(Math.max(0, Math.ceil(segment.seconds - elapsed / 1000)));
    const spent = segment.start + elapsed / 1000;
    $("progress").value = spent;
    $("left").textContent = `${clock(Math.max(0, Math.ceil(total - spent)))} left`;
  }

  function announce() {
    const segment = segments[index], info = steps[segment.step], side = sideWords(segment.side);
    const hold = `Hold for ${duration(segmentHold(segment))}.`;
    if (segment.kind === "ready") {
      chime("ready");
      say(`Get ready. ${info.name}. ${side}${hold}`);
      live.textContent = `Get ready: ${info.name}. ${side}`;
    } else if (segment.kind === "rest") {
      chime("rest");
      say(`Rest. Round ${segment.round} is next.`);
      live.textContent = `Rest before round ${segment.round}.`;
    } else {
      chime("hold");
      const ready = segments[index - 1]?.kind === "ready" && segments[index - 1].unit === segment.unit;
      say(ready ? "Begin." : `${info.name}. ${side}${hold}`);
      live.textContent = `${info.name}. ${side}${hold}`;
    }
    buzz(segment.kind === "hold" ? [180] : [80, 60, 80]);
  }
  const segmentHold = (segment) => segments.find((s) => s.unit === segment.unit && s.kind === "hold").seconds;

  // ----- Running -----
  function tick() {
    const now = Date.now(), delta = now - last;
    last = now;
    elapsed += delta;
    practised += delta;
    let moved = false;
    while (elapsed >= segments[index].seconds * 1000) {
      elapsed -= segments[index].seconds * 1000;
      index += 1;
      moved = true;
      if (index >= segments.length) return finish(true);
    }
    if (moved) {
      render();
      announce();
    } else tickText();
  }

  function play() {
    if (!begun) {
      begun = true;
      announce();
    }
    playing = true;
    if (audio && audio.state === "suspended") audio.resume(); // phones suspend sound between taps
    last = Date.now();
    timer = setInterval(tick, 250);
    playButton.textContent = "Pause";
    root.dataset.state = "playing";
    wake();
  }
  function pause() {
    playing = false;
    clearInterval(timer);
    playButton.textContent = "Resume";
    root.dataset.state = "paused";
    live.textContent = "Paused.";
    sleep();
  }
  const toggle = () => (playing ? pause() : play());

  function jump(to) {
    index = Math.max(0, Math.min(to, segments.length - 1));
    elapsed = 0;
    render();
    if (begun && playing) announce();
  }
  const firstOfUnit = (u) => segments.findIndex((s) => s.unit === u);
  function next() {
    const u = segments[index].unit;
    const to = firstOfUnit(u + 1);
    if (to < 0) return finish(true);
    jump(to);
  }
  function previous() {
    const current = firstOfUnit(segments[index].unit);
    const into = segments[index].start + elapsed / 1000 - segments[current].start;
    jump(into > 3 || current === 0 ? current : firstOfUnit(segments[index].unit - 1));
  }

  function stop() {
    if (playing) pause();
    playing = false;
    sleep();
    window.speechSynthesis?.cancel();
    stage.hidden = true;
    root.dataset.state = "ended";
  }
  function finish(complete) {
    const done = complete ? settings.rounds : segments[index].round - 1;
    stop();
    chime("end");
    say("Well done. Your practice is finished.");
    $("summary-text").textContent =
      `You practised for ${duration(Math.round(practised / 1000))} and finished ${done} of ${unit(settings.rounds, "round")}.`;
    summary.hidden = false;
    summary.focus();
  }
  function hurt() {
    const info = steps[segments[index].step];
    stop();
    const link = root.querySelector("[data-gentler-link]");
    link.href = info.gentler;
    link.textContent = `Gentler ways into ${info.name}`;
    $("gentler").hidden = false;
    root.classList.add("is-hurt");
    safety.focus();
    say("Stop. Come out of the pose slowly and rest.");
  }
  function again() {
    summary.hidden = true;
    root.classList.remove("is-hurt");
    stage.hidden = false;
    begun = false;
    practised = 0;
    playButton.textContent = "Start";
    root.dataset.state = "ready";
    jump(0);
    playButton.focus();
  }

  // ----- The plan and the choices -----
  function rebuild() {
    const at = segments[index];
    segments = expand(data.plan, settings);
    total = segments.reduce((sum, s) => sum + s.seconds, 0);
    $("progress").max = total;
    const minutes = Math.ceil(total / 60);
    $("total").textContent = unit(minutes, "minute");
    plan.replaceChildren(...planItems());
    index = at ? Math.max(0, segments.findIndex((s) => s.round === at.round && s.unit % data.plan.length === at.unit % data.plan.length)) : 0;
    index = Math.min(index, segments.length - 1);
    elapsed = 0;
    render();
  }
  function planItems() {
    const rounds = [];
    segments.forEach((s, i) => {
      if (!rounds[s.round - 1]) {
        const li = document.createElement("li");
        li.className = "plan__round";
        li.innerHTML = `<h3>Round ${s.round} of ${settings.rounds}</h3><ol class="plan__list"></ol>`;
        rounds.push(li);
      }
      const item = document.createElement("li"), info = steps[s.step];
      item.className = `plan__item plan__item--${s.kind}`;
      item.dataset.index = i;
      const what = s.kind === "hold" ? document.createElement("strong") : document.createTextNode(s.kind === "ready" ? "Get ready" : "Rest");
      if (s.kind === "hold") what.textContent = info.name;
      const span = (cls, ...nodes) => {
        const el = document.createElement("span");
        el.className = cls;
        el.append(...nodes);
        return el;
      };
      const extra = s.kind === "hold" ? `, ${SIDES[s.side].toLowerCase()}${info.repetitions > 1 ? `, ${s.repetition} of ${info.repetitions}` : ""}` : "";
      item.append(span("plan__time", clock(s.start)), " ", span("plan__what", what, extra), " ", span("plan__dur", duration(s.seconds)));
      rounds[s.round - 1].lastChild.append(item);
    });
    return rounds;
  }

  form.addEventListener("change", (event) => {
    const field = event.target;
    if (field.dataset.setting) settings[field.dataset.setting] = field.checked;
    else {
      const key = { rounds: "rounds", pace: "pace", lead_in: "leadIn", rest: "rest" }[field.name];
      if (!key) return;
      settings[key] = Number(field.value);
      rebuild();
    }
    remember();
  });
  form.addEventListener("submit", (event) => event.preventDefault());

  // ----- Wiring -----
  for (const [key, name] of [["rounds", "rounds"], ["pace", "pace"], ["leadIn", "lead_in"], ["rest", "rest"]]) {
    const field = form.elements[name];
    if (field && [...field.options].some((o) => Number(o.value) === settings[key])) {
      field.value = [...field.options].find((o) => Number(o.value) === settings[key]).value;
    } else settings[key] = field ? Number(field.value) : settings[key];
  }
  form.querySelectorAll("[data-setting]").forEach((box) => (box.checked = settings[box.dataset.setting]));
  form.querySelector("[data-needs=speech]").hidden = !("speechSynthesis" in window);
  form.querySelector("[data-needs=vibrate]").hidden = !navigator.vibrate;
  $("cues").hidden = false;
  $("submit")?.remove();
  root.querySelector("[data-hurt-link]").hidden = true;
  $("plan-box").open = false; // the player shows where you are; the whole list is one click away
  root.classList.add("is-enhanced");

  playButton.addEventListener("click", toggle);
  $("prev").addEventListener("click", previous);
  $("next-step").addEventListener("click", next);
  $("end").addEventListener("click", () => finish(false));
  $("hurt").addEventListener("click", hurt);
  $("again").addEventListener("click", again);

  document.addEventListener("keydown", (event) => {
    if (stage.hidden || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.target.closest("input, select, textarea")) return;
    if (event.key === " " && !event.target.closest("button, a, summary")) {
      event.preventDefault();
      toggle();
    } else if (event.key === "ArrowRight") next();
    else if (event.key === "ArrowLeft") previous();
    else if (event.key === "Escape" && begun) finish(false);
  });
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible" && playing) wake();
  });

  stage.hidden = false;
  root.dataset.state = "ready";
  rebuild();
  keepOffline();

  // ----- Offline: ask the service worker to keep this page, its files and its pictures -----
  function keepOffline() {
    if (!("serviceWorker" in navigator) || !data.sw) return;
    const preload = document.createElement("div");
    preload.hidden = true;
    document.querySelectorAll("template[data-step]").forEach((t) => preload.append(t.content.cloneNode(true)));
    root.append(preload);
    const images = [...preload.querySelectorAll("img"), ...document.images];
    const loaded = images.map((img) => img.complete ? null : new Promise((ok) => {
      img.addEventListener("load", ok, { once: true });
      img.addEventListener("error", ok, { once: true });
    }));
    navigator.serviceWorker.register(data.sw).catch(() => null);
    Promise.all([navigator.serviceWorker.ready, ...loaded]).then(([registration]) => {
      const keep = [
        location.href,
        ...[...document.querySelectorAll("link[rel=stylesheet], link[rel=icon], link[rel=manifest]")].map((l) => l.href),
        ...[...document.scripts].map((s) => s.src).filter(Boolean),
        ...images.map((img) => img.currentSrc).filter(Boolean),
      ];
      const channel = new MessageChannel();
      channel.port1.onmessage = ({ data: answer }) => {
        // Only a public page is kept (never a preview, nor a page for a signed-in editor).
        if (answer.kept.includes(location.href)) {
          root.dataset.offline = "kept";
          $("offline-note").hidden = false;
        }
      };
      registration.active.postMessage({ keep: [...new Set(keep)] }, [channel.port2]);
    });
  }
}

const player = document.querySelector("[data-player]");
if (player) start(player);
