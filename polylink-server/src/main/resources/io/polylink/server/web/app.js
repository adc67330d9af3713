// Polylink's page: posts the text to /v1/link and renders the mentions. No framework, no build step.
"use strict";
(function () {
  const form = document.getElementById("form");
  const text = document.getElementById("text");
  const slider = document.getElementById("confidence");
  const sliderValue = document.getElementById("confidence-value");
  const button = document.getElementById("annotate");
  const status = document.getElementById("status");
  const result = document.getElementById("result");
  const language = document.getElementById("language");
  const counts = document.getElementById("counts");
  const annotated = document.getElementById("annotated");
  const chips = document.getElementById("chips");
  let pending = null;
  let sequence = 0;

  function setStatus(message, isError) {
    status.textContent = message;
    status.className = isError ? "error" : "";
  }

  // Offsets from the API are code points; JavaScript strings index UTF-16 units.
  function codePointSlicer(s) {
    const units = [0];
    let i = 0;
    for (const ch of s) {
      i += ch.length;
      units.push(i);
    }
    return (from, to) => s.slice(units[from], units[to]);
  }

  function entityHref(m) {
    return "/v1/entities/" + encodeURIComponent(m.id).replace(/%2F/g, "/");
  }

  function render(doc) {
    const slice = codePointSlicer(doc.text);
    const total = [...doc.text].length;
    language.textContent = doc.language;
    annotated.lang = doc.language === "und" ? "" : doc.language;
    annotated.replaceChildren();
    chips.replaceChildren();
    let at = 0;
    let nil = 0;
    for (const m of doc.mentions) {
      if (m.start < at) continue; // mentions do not overlap; be safe anyway
      annotated.append(document.createTextNode(slice(at, m.start)));
      const mark = document.createElement("mark");
      mark.textContent = slice(m.start, m.end);
      mark.title = m.nil ? "NIL: not in the KB" : m.label + " (" + m.id + ")";
      if (m.nil) mark.className = "nil";
      annotated.append(mark);
      at = m.end;

      const li = document.createElement("li");
      li.className = m.nil ? "chip nil" : "chip";
      li.dataset.id = m.nil ? "" : m.id;
      li.dataset.surface = m.surface;
      li.title = "mention: " + m.surface + " (" + m.start + "–" + m.end + ")";
      const label = document.createElement("span");
      label.className = "label";
      label.textContent = m.nil ? m.surface : m.label;
      li.append(label);
      if (m.nil) {
        nil++;
        const n = document.createElement("span");
        n.className = "nil-mark";
        n.textContent = "NIL";
        n.title = "The KB has no entity for this mention";
        li.append(n);
      } else {
        const a = document.createElement("a");
        a.className = "id";
        a.href = entityHref(m);
        a.textContent = m.id;
        a.target = "_blank";
        a.rel = "noopener";
        li.append(a);
      }
      const type = document.createElement("span");
      type.className = "type";
      type.textContent = m.type;
      li.append(type);
      const score = document.createElement("span");
      score.className = "score";
      score.textContent = m.score.toFixed(2);
      li.append(score);
      if (m.description) {
        const d = document.createElement("span");
        d.className = "desc";
        d.textContent = m.description;
        li.append(d);
      }
      chips.append(li);
    }
    annotated.append(document.createTextNode(slice(at, total)));
    counts.textContent = doc.mentions.length + " mentions, " + (doc.mentions.length - nil) + " linked, " + nil + " NIL";
    result.hidden = false;
  }

  async function annotate() {
    const body = text.value;
    if (!body.trim()) {
      setStatus("Paste some text first.", true);
      return;
    }
    const mine = ++sequence;
    button.disabled = true;
    setStatus("Annotating…", false);
    try {
      const response = await fetch("/v1/link", {
        method: "POST",
        headers: {"Content-Type": "application/json", "Accept": "application/json"},
        body: JSON.stringify({text: body, confidence: Number(slider.value)})
      });
      const payload = await response.json();
      if (mine !== sequence) return; // a newer request is on its way
      if (!response.ok) {
        setStatus((payload.title || "Error") + ": " + (payload.detail || response.status), true);
        return;
      }
      render(payload);
      setStatus("Done.", false);
    } catch (e) {
      if (mine === sequence) setStatus("The server did not answer: " + e.message, true);
    } finally {
      if (mine === sequence) button.disabled = false;
    }
  }

  form.addEventListener("submit", (e) => {
    e.preventDefault();
    annotate();
  });
  slider.addEventListener("input", () => {
    sliderValue.textContent = Number(slider.value).toFixed(2);
    if (result.hidden) return;
    clearTimeout(pending);
    pending = setTimeout(annotate, 250);
  });
})();
