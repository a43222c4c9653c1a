// The article page's behaviour. Without it the page still works: every span's link goes to
// its card, shown by CSS :target. With it, focusing a span's link shows its card, a click
// anywhere on marked text opens the innermost span's card, and the whole text of the open
// span is highlighted, however it nests or overlaps with others. A long article sends its
// cards as data (#card-data) and its links point to its card list page; here a card is built
// from the data when it is first opened, and those links open it in place.
(function () {
  'use strict'
  document.documentElement.classList.add('js')
  const text = document.getElementById('text')
  const cards = document.querySelector('.cards')
  if (!text) return
  let layout = null // [node, start, end] of every piece of text, in UTF-16 offsets
  let current = null
  let data // the cards not yet built (ref -> markup made by the server), read on first need

  function pieces () {
    if (layout) return layout
    layout = []
    let offset = 0
    for (let n = text.firstChild; n; n = n.nextSibling) {
      const length = n.textContent.length
      if (length > 0) layout.push([n, offset, offset + length])
      offset += length
    }
    return layout
  }

  function highlight (ref) {
    const lit = text.querySelectorAll('.s.cur')
    for (let i = 0; i < lit.length; i++) lit[i].classList.remove('cur')
    const links = text.querySelectorAll('a.m[href$="#' + window.CSS.escape(ref) + '"]')
    if (links.length === 0) return null
    const all = pieces()
    for (let j = 0; j < links.length; j++) {
      const a = Number(links[j].getAttribute('data-a'))
      const b = Number(links[j].getAttribute('data-b'))
      for (let k = 0; k < all.length; k++) {
        const p = all[k]
        if (p[1] >= b) break
        if (p[2] > a && p[0].nodeType === 1 && p[0].classList.contains('s')) p[0].classList.add('cur')
      }
    }
    return links[0]
  }

  function readData () {
    if (data !== undefined) return
    const block = document.getElementById('card-data')
    data = block ? JSON.parse(block.textContent) : {}
  }

  function build (ref) {
    readData()
    if (!cards || !Object.prototype.hasOwnProperty.call(data, ref)) return null
    const t = document.createElement('template')
    t.innerHTML = data[ref]
    const card = t.content.firstElementChild
    cards.appendChild(card)
    delete data[ref]
    return card
  }

  // a link's card ref: what follows its '#'
  const refOf = (href) => decodeURIComponent(href.slice(href.indexOf('#') + 1))

  function open (ref, how) {
    let card = ref ? (document.getElementById(ref) || build(ref)) : null
    if (!card || !card.classList.contains('card')) card = null
    if (current && current !== card) current.classList.remove('open')
    current = card
    if (cards) cards.classList.toggle('has-open', card !== null)
    if (!card) { highlight(''); return }
    card.classList.add('open')
    const first = highlight(ref)
    if (how.scroll && first) first.scrollIntoView({ block: 'center' })
    if (how.focus) card.focus({ preventScroll: true })
  }

  function fromHash (focus) {
    const hash = decodeURIComponent(window.location.hash.slice(1))
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
    const seg = target.closest('.s[data-ref]')
    if (!seg) return
    const ref = seg.getAttribute('data-ref')
    if (window.location.hash === '#' + ref) open(ref, { scroll: false, focus: false })
    else window.location.hash = ref
  })
  text.addEventListener('focusin', function (event) {
    const link = event.target.closest('a.m')
    if (link) open(refOf(link.getAttribute('href')), { scroll: false, focus: false })
  })
  window.addEventListener('hashchange', function () { fromHash(true) })
  fromHash(false)
  // the cards' data is read when the page is idle, so the first card opens without waiting for it
  if (window.requestIdleCallback) window.requestIdleCallback(readData, { timeout: 2000 })
  document.documentElement.setAttribute('data-ready', '1')
  // what bench/reader.ts reads as "interactive"
  if (window.performance && window.performance.mark) window.performance.mark('reader-ready')
})()
