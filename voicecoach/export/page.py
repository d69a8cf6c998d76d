"""The feed's page for a phone's browser: every session with a player and its chapters, no app needed.

Plain HTML, CSS and a little JavaScript in one file (``index.html`` beside the
feed), with the episodes embedded as JSON, so any static web server can serve
it. Tapping a chapter seeks the player to the chapter's start; the Media Session
API gets the title, the current chapter as the artist line and the cover, and
handlers for play/pause, seeking and previous/next chapter, so the lock screen
and headset buttons work.
"""

from __future__ import annotations

from urllib.parse import quote

from voicecoach.escape import html_text, json_in_html

_CSS = """
:root { color-scheme: light dark; --accent: #2f7d6d; }
* { box-sizing: border-box; }
body { margin: 0; font: 17px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
header { padding: 16px 16px 4px; }
h1 { font-size: 1.4em; margin: 0; }
header p { margin: 4px 0 0; opacity: .75; font-size: .9em; }
main { padding: 8px; max-width: 720px; margin: 0 auto; }
article { border-radius: 14px; padding: 12px; margin: 10px 0; background: rgba(127,127,127,.12); }
.top { display: flex; gap: 12px; align-items: center; }
.top img { width: 72px; height: 72px; border-radius: 10px; flex: none; }
h2 { font-size: 1.1em; margin: 0; }
.meta { opacity: .7; font-size: .85em; }
audio { width: 100%; margin: 10px 0 4px; }
ol { list-style: none; padding: 0; margin: 0; }
li button { width: 100%; display: flex; justify-content: space-between; gap: 8px; text-align: left;
  font: inherit; color: inherit; background: none; border: 0; border-top: 1px solid rgba(127,127,127,.25);
  padding: 10px 4px; cursor: pointer; min-height: 44px; }
li button .t { opacity: .7; font-variant-numeric: tabular-nums; }
li button[aria-current="true"] { color: var(--accent); font-weight: 600; }
.rate-open { font: inherit; font-size: .85em; color: var(--accent); background: none; border: 0; padding: 6px 0; cursor: pointer; }
.rate p { margin: 10px 0 4px; font-weight: 600; }
.scale { display: flex; flex-wrap: wrap; gap: 6px; }
.scale button, .rate .send, .rate .skip { font: inherit; min-width: 44px; min-height: 44px; border-radius: 10px;
  border: 1px solid rgba(127,127,127,.4); background: none; color: inherit; }
.scale button[aria-pressed="true"], .rate .send { background: var(--accent); color: #fff; border-color: var(--accent); }
.rate .said { font-weight: 400; }
"""

_JS = r"""
const EPISODES = JSON.parse(document.getElementById('episodes').textContent);
const clock = s => { s = Math.floor(s + 0.001); const h = Math.floor(s / 3600), m = Math.floor(s / 60) % 60,
  r = String(s % 60).padStart(2, '0'); return h ? `${h}:${String(m).padStart(2, '0')}:${r}` : `${m}:${r}`; };
const chapterAt = (ep, t) => { let i = 0; ep.chapters.forEach((c, j) => { if (c.start <= t + 0.05) i = j; }); return i; };
const players = [];

function setMedia(ep, audio, index) {
  if (!('mediaSession' in navigator)) return;
  const chapter = ep.chapters[index];
  navigator.mediaSession.metadata = new MediaMetadata({
    title: ep.title, artist: chapter ? chapter.title : 'voicecoach', album: 'voicecoach',
    artwork: [{ src: ep.cover, sizes: '1400x1400', type: 'image/png' }] });
  const jump = d => { const i = chapterAt(ep, audio.currentTime) + d;
    if (ep.chapters[i]) audio.currentTime = ep.chapters[i].start; };
  const handlers = {
    play: () => audio.play(), pause: () => audio.pause(),
    seekbackward: e => { audio.currentTime = Math.max(0, audio.currentTime - (e.seekOffset || 10)); },
    seekforward: e => { audio.currentTime = Math.min(audio.duration || 1e9, audio.currentTime + (e.seekOffset || 10)); },
    seekto: e => { audio.currentTime = e.seekTime; },
    previoustrack: () => jump(audio.currentTime - ep.chapters[chapterAt(ep, audio.currentTime)].start > 3 ? 0 : -1),
    nexttrack: () => jump(1) };
  for (const [action, handler] of Object.entries(handlers)) {
    try { navigator.mediaSession.setActionHandler(action, handler); } catch (e) { /* not supported here */ }
  }
}

function askRating(ep, art) {
  // after a session: the same two questions the player asks, posted to 'voicecoach serve'
  if (art.querySelector('.rate')) return;
  const box = document.createElement('form');
  box.className = 'rate';
  box.innerHTML = `<p>How hard was that? 1 (easy) to 5</p><div class="scale" data-q="effort"></div>
    <p>Any pain? 0 (none) to 9</p><div class="scale" data-q="pain"></div>
    <p><button type="submit" class="send">Save</button> <button type="button" class="skip">Skip</button></p>
    <p class="said" role="status"></p>`;
  const answers = { effort: null, pain: null };
  [['effort', 1, 5], ['pain', 0, 9]].forEach(([q, lo, hi]) => {
    const row = box.querySelector(`[data-q="${q}"]`);
    for (let v = lo; v <= hi; v++) {
      const b = document.createElement('button');
      b.type = 'button'; b.textContent = v; b.setAttribute('aria-pressed', 'false');
      b.addEventListener('click', () => { answers[q] = v;
        row.querySelectorAll('button').forEach(x => x.setAttribute('aria-pressed', x === b)); });
      row.appendChild(b);
    }
  });
  box.querySelector('.skip').addEventListener('click', () => box.remove());
  box.addEventListener('submit', async e => {
    e.preventDefault();
    const said = box.querySelector('.said');
    if (answers.effort === null && answers.pain === null) { said.textContent = 'Tap a number first.'; return; }
    try {
      const r = await fetch('rating', { method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ episode: ep.episode, effort: answers.effort, pain: answers.pain, completed: true }) });
      said.textContent = r.ok ? 'Saved. Well done.' : 'Not saved: ' + ((await r.json()).error || r.status);
    } catch (err) { said.textContent = 'Not saved: is voicecoach serve running?'; }
  });
  art.appendChild(box);
}

function render(ep) {
  const art = document.createElement('article');
  art.id = ep.id;
  art.innerHTML = `<div class="top"><img alt="" src="${ep.cover}"><div><h2></h2>
    <div class="meta">${clock(ep.duration)} · ${ep.chapters.length} chapter${ep.chapters.length === 1 ? '' : 's'}</div></div></div>
    <audio controls preload="metadata" src="${ep.file}"></audio><ol></ol>
    <button type="button" class="rate-open">How did it go? Rate this session</button>`;
  art.querySelector('h2').textContent = ep.title;
  const audio = art.querySelector('audio'), list = art.querySelector('ol');
  let current = -1;
  ep.chapters.forEach((c, i) => {
    const li = document.createElement('li'), b = document.createElement('button');
    b.type = 'button'; b.dataset.start = c.start;
    b.innerHTML = '<span class="n"></span><span class="t"></span>';
    b.querySelector('.n').textContent = c.title; b.querySelector('.t').textContent = clock(c.start);
    b.addEventListener('click', () => {
      audio.currentTime = c.start;
      const p = audio.play(); if (p && p.catch) p.catch(() => {});
    });
    li.appendChild(b); list.appendChild(li);
  });
  const mark = () => {
    const i = chapterAt(ep, audio.currentTime);
    if (i === current) return;
    current = i;
    list.querySelectorAll('button').forEach((b, j) => b.setAttribute('aria-current', j === i));
    if (!audio.paused) setMedia(ep, audio, i);
  };
  audio.addEventListener('timeupdate', mark);
  audio.addEventListener('seeked', mark);
  audio.addEventListener('play', () => {
    players.forEach(p => { if (p !== audio) p.pause(); });
    current = -1; mark();
  });
  audio.addEventListener('ended', () => askRating(ep, art));
  art.querySelector('.rate-open').addEventListener('click', () => askRating(ep, art));
  players.push(audio);
  return art;
}

const main = document.querySelector('main');
EPISODES.forEach(ep => main.appendChild(render(ep)));
if (!EPISODES.length) main.textContent = 'No sessions yet: run voicecoach feed.';
"""


def ordered(manifest: dict) -> list[dict]:
    """Episodes newest first (by first publication), ties by title: the feed's order too."""
    return sorted(manifest["episodes"].values(), key=lambda e: (-e["published"], e["title"]))


def episodes_for_page(manifest: dict) -> list[dict]:
    return [
        {
            "id": "ep-" + ep["guid"],
            "title": ep["title"],
            "file": quote(ep["file"]),
            "episode": ep["file"].rsplit(".", 1)[0],
            "cover": quote(ep["cover"]),
            "duration": ep["duration_s"],
            "chapters": ep["chapter_list"],
        }
        for ep in ordered(manifest)
    ]


def page_html(manifest: dict) -> str:
    """The whole page; URLs are relative, so it works wherever the folder is served."""
    title = html_text(manifest["title"])
    data = json_in_html(episodes_for_page(manifest))
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<link rel="alternate" type="application/rss+xml" title="{title}" href="feed.xml">
<link rel="icon" href="cover.png">
<link rel="apple-touch-icon" href="cover.png">
<style>{_CSS}</style>
</head>
<body>
<header><h1>{title}</h1><p>Tap a chapter to jump there · subscribe in a podcast app: <a href="feed.xml">feed.xml</a></p></header>
<main></main>
<script type="application/json" id="episodes">{data}</script>
<script>{_JS}</script>
</body>
</html>
"""
