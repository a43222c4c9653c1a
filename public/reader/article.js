// The article page's behaviour. Without it the page still works: every span's link goes to
// its card, shown by CSS :target (or, for a long article, on its card list page). With it,
// focusing a span's link shows its card, a click anywhere on marked text opens the innermost
// span's card, and the whole text of the open span is highlighted, however it nests or
// overlaps with others. Where each span lies comes from the page's data (#reader-data),
// read when the page is idle or on first need; a long article's cards come as data too
// (src/reader/cards.ts), built here when first opened, and its links to the card list page
// open the card in place. Start-up does no layout work: handlers are delegated.
(function () {
  'use strict'
  document.documentElement.classList.add('js')
  const text = document.getElementById('text')
  const cards = document.querySelector('.cards')
  if (!text) return
  const has = (o, k) => Object.prototype.hasOwnProperty.call(o, k)
  let data // { spans, kinds?, names?, cards? }
  let layout // the text's pieces (its segments and plain runs), their start offsets and the whole text
  let current = null

  function readData () {
    if (data === undefined) {
      const block = document.getElementById('reader-data')
      data = block ? JSON.parse(block.textContent) : { spans: {} }
    }
    return data
  }

  function pieces () {
    if (layout) return layout
    const nodes = []
    const starts = []
    const parts = []
    let offset = 0
    const add = (n) => {
      const t = n.textContent
      if (t.length === 0) return
      nodes.push(n); starts.push(offset); parts.push(t); offset += t.length
    }
    // the text's paragraphs, and in them its segments, marks' links and unmarked runs
    for (let p = text.firstChild; p; p = p.nextSibling) {
      if (p.nodeType === 1 && p.tagName === 'P') for (let n = p.firstChild; n; n = n.nextSibling) add(n)
      else add(p)
    }
    layout = { nodes, starts, text: parts.join('') }
    return layout
  }

  /** The index of the piece holding offset `x`. */
  function pieceAt (x) {
    const starts = pieces().starts
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid] <= x) lo = mid; else hi = mid - 1
    }
    return lo
  }

  function highlight (ref) {
    const lit = text.querySelectorAll('.s.cur')
    for (let i = 0; i < lit.length; i++) lit[i].classList.remove('cur')
    const spans = readData().spans
    if (!has(spans, ref)) return
    const l = pieces()
    const ranges = spans[ref]
    for (let r = 0; r + 1 < ranges.length; r += 2) {
      for (let k = pieceAt(ranges[r]); k < l.nodes.length && l.starts[k] < ranges[r + 1]; k++) {
        const n = l.nodes[k]
        if (n.nodeType === 1 && n.classList.contains('s')) n.classList.add('cur')
      }
    }
  }

  /** The innermost span over a segment: the latest to start, then the shortest (later in the data on a tie). */
  function innermost (seg) {
    const l = pieces()
    const i = l.nodes.indexOf(seg)
    if (i < 0) return null
    const x = l.starts[i]
    const spans = readData().spans
    let best = null
    let a = -1
    let b = Infinity
    for (const ref in spans) {
      if (!has(spans, ref)) continue
      const ranges = spans[ref]
      for (let r = 0; r + 1 < ranges.length; r += 2) {
        const s = ranges[r]
        const e = ranges[r + 1]
        if (s <= x && x < e && (s > a || (s === a && e <= b))) { best = ref; a = s; b = e }
      }
    }
    return best
  }

  function el (tag, attrs, ...children) {
    const e = document.createElement(tag)
    for (const k in attrs) e.setAttribute(k, attrs[k])
    e.append(...children)
    return e
  }

  /** A fact's value as nodes: text, a link to another card, or a list (see src/reader/cards.ts). */
  function value (v, names) {
    if (v === null || typeof v === 'string') return [v === null ? '' : v]
    if (Array.isArray(v)) {
      if (v.length === 0) return ['none']
      const out = []
      v.forEach((x, i) => { if (i > 0) out.push(', '); out.push(...value(x, names)) })
      return out
    }
    const id = v.ref.slice(v.ref.indexOf('-') + 1)
    const name = v.ref.indexOf('actor-') === 0 && has(names, id) ? names[id] : id
    return [el('a', { href: '#' + v.ref }, name), v.after || '']
  }

  /** A long article's card, built from its data as the server renders one (renderCard). */
  function build (ref) {
    const d = readData()
    if (!cards || !d.cards || !has(d.cards, ref)) return null
    const kindName = ref.slice(0, ref.indexOf('-'))
    const id = ref.slice(kindName.length + 1)
    const kind = d.kinds[kindName]
    const title = d.cards[ref][0]
    const values = d.cards[ref][1]
    const facts = el('p', { class: 'facts' })
    kind.facts.forEach((name, i) => { if (values[i] !== null) facts.append(name + ': ', ...value(values[i], d.names), '. ') })
    const quotes = []
    const ranges = kindName === 'actor' || !has(d.spans, ref) ? [] : d.spans[ref]
    for (let r = 0; r + 1 < ranges.length; r += 2) quotes.push(el('blockquote', {}, pieces().text.slice(ranges[r], ranges[r + 1])))
    const links = el('p', { class: 'links' })
    if (kind.page) links.append(el('a', { href: kind.page + encodeURIComponent(id) }, 'Everything about ' + title), ' · ')
    links.append(el('a', { href: kind.api + encodeURIComponent(id) }, 'JSON in the API'), ' · ',
      el('a', { href: '#at-' + ref }, 'Show in text'), ' · ', el('a', { href: '#text' }, 'Close'))
    const card = el('section', { class: 'card', id: ref, tabindex: '-1', 'aria-labelledby': ref + '-h' },
      el('h3', { id: ref + '-h' }, el('span', { class: 'kind' }, kind.label), ' ' + title), facts, ...quotes, links)
    cards.appendChild(card)
    return card
  }

  // a link's card ref: what follows its '#'
  const refOf = (href) => decodeURIComponent(href.slice(href.indexOf('#') + 1))

  // Paragraphs off screen are laid out late (content-visibility), so the ones the scroll brings
  // near the viewport can change height after it and push the target out of view: scroll again on
  // the next frames until it stays put, unless the reader scrolls or types first.
  let revealing = 0
  function reveal (node) {
    const run = ++revealing
    const events = ['wheel', 'touchstart', 'keydown', 'mousedown']
    const done = function () { events.forEach(function (e) { window.removeEventListener(e, stop) }) }
    const stop = function () { if (run === revealing) revealing++; done() }
    events.forEach(function (e) { window.addEventListener(e, stop, { passive: true }) })
    let frames = 0
    let last = NaN
    node.scrollIntoView({ block: 'center' })
    const check = function () {
      if (run !== revealing) { done(); return }
      const r = node.getBoundingClientRect()
      const inView = r.top >= 0 && r.bottom <= window.innerHeight
      if (!inView) node.scrollIntoView({ block: 'center' })
      // the browser's own scroll to the URL's fragment can still run until the page has loaded
      const settled = inView && r.top === last && document.readyState === 'complete'
      last = r.top
      if (++frames < 120 && !settled) window.requestAnimationFrame(check)
      else done()
    }
    window.requestAnimationFrame(check)
  }

  function open (ref, how) {
    let card = ref ? (document.getElementById(ref) || build(ref)) : null
    if (!card || !card.classList.contains('card')) card = null
    if (current && current !== card) current.classList.remove('open')
    current = card
    if (cards) cards.classList.toggle('has-open', card !== null)
    if (!card) { if (text.querySelector('.s.cur')) highlight(''); return }
    card.classList.add('open')
    highlight(ref)
    const first = document.getElementById('at-' + ref)
    if (how.scroll && first) reveal(first)
    if (how.focus) card.focus({ preventScroll: true })
  }

  function fromHash (focus) {
    const hash = decodeURIComponent(window.location.hash.slice(1))
    if (hash === '') { if (current) open('', {}); return }
    if (hash.indexOf('at-') === 0) open(hash.slice(3), { scroll: false, focus: false })
    else open(hash, { scroll: true, focus })
  }

  // links to the card list page (a long article's) open their card here instead
  document.addEventListener('click', function (event) {
    const link = event.target.closest && event.target.closest('a[href*="/cards#"]')
    if (!link || link.pathname !== window.location.pathname + '/cards') return
    event.preventDefault()
    const ref = refOf(link.getAttribute('href'))
    if (window.location.hash === '#' + ref) open(ref, { scroll: true, focus: true })
    else window.location.hash = ref
  })
  text.addEventListener('click', function (event) {
    const target = event.target
    if (target.closest('a')) return
    const seg = target.closest('.s')
    const ref = seg && innermost(seg)
    if (!ref) return
    if (window.location.hash === '#' + ref) open(ref, { scroll: false, focus: false })
    else window.location.hash = ref
  })
  text.addEventListener('focusin', function (event) {
    const link = event.target.closest('a.m')
    if (link) open(refOf(link.getAttribute('href')), { scroll: false, focus: false })
  })
  window.addEventListener('hashchange', function () { fromHash(true) })
  fromHash(false)
  // the page's data is read when the page is idle, so the first card opens without waiting for it
  if (window.requestIdleCallback) window.requestIdleCallback(function () { readData(); pieces() }, { timeout: 2000 })
  document.documentElement.setAttribute('data-ready', '1')
  // what bench/reader.ts reads as "interactive"
  if (window.performance && window.performance.mark) window.performance.mark('reader-ready')
})()
