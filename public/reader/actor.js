// Who speaks about whom, around one actor, drawn with d3 (served by this server from the
// project's dependencies). Only the focused actor's arcs are drawn, so an actor of a crowded
// article stays readable; the table under the graph says the same for screen readers and
// for browsers without JavaScript.
/* global d3 */
(function () {
  'use strict'
  const holder = document.getElementById('graph')
  const block = document.getElementById('graph-data')
  if (!holder || !block || typeof d3 === 'undefined') return
  const data = JSON.parse(block.textContent)
  const others = new Map()
  data.out.forEach(function (e) { others.set(e.other, { id: e.other, name: e.name, out: e.count, in: 0 }) })
  data.in.forEach(function (e) {
    const o = others.get(e.other) || { id: e.other, name: e.name, out: 0, in: 0 }
    o.in = e.count
    others.set(e.other, o)
  })
  const nodes = Array.from(others.values())
  const size = 520
  const c = size / 2
  const radius = nodes.length === 0 ? 0 : 190
  nodes.forEach(function (n, i) {
    const angle = (2 * Math.PI * i) / Math.max(nodes.length, 1) - Math.PI / 2
    n.x = c + radius * Math.cos(angle)
    n.y = c + radius * Math.sin(angle)
  })
  const max = d3.max(nodes, function (n) { return Math.max(n.out, n.in) }) || 1
  const width = d3.scaleLinear().domain([1, max]).range([1.5, 7])

  const svg = d3.select(holder).append('svg')
    .attr('viewBox', '0 0 ' + size + ' ' + size).attr('width', size).attr('height', size)
    .attr('aria-hidden', 'true').attr('focusable', 'false')
  const defs = svg.append('defs')
  ;['out', 'in'].forEach(function (dir) {
    defs.append('marker').attr('id', 'arrow-' + dir).attr('viewBox', '0 -5 10 10').attr('refX', 10).attr('markerWidth', 6)
      .attr('markerHeight', 6).attr('orient', 'auto').append('path').attr('d', 'M0,-5L10,0L0,5')
  })
  // an arc bends to its right, so the two directions between one pair never overlap
  function arc (from, to, gap) {
    const dx = to.x - from.x
    const dy = to.y - from.y
    const len = Math.sqrt(dx * dx + dy * dy) || 1
    const ux = dx / len
    const uy = dy / len
    const x1 = from.x + ux * gap
    const y1 = from.y + uy * gap
    const x2 = to.x - ux * gap
    const y2 = to.y - uy * gap
    const path = d3.path()
    path.moveTo(x1, y1)
    path.quadraticCurveTo((x1 + x2) / 2 - uy * 30, (y1 + y2) / 2 + ux * 30, x2, y2)
    return path.toString()
  }
  const focus = { x: c, y: c }
  nodes.forEach(function (n) {
    if (n.out > 0) svg.append('path').attr('class', 'arc out').attr('d', arc(focus, n, 26)).attr('stroke-width', width(n.out)).attr('marker-end', 'url(#arrow-out)')
    if (n.in > 0) svg.append('path').attr('class', 'arc in').attr('d', arc(n, focus, 26)).attr('stroke-width', width(n.in)).attr('marker-end', 'url(#arrow-in)')
  })
  const all = [{ id: data.focus.id, name: data.focus.name, x: c, y: c, focus: true }].concat(nodes)
  const node = svg.selectAll('g.node').data(all).enter().append('g')
    .attr('class', function (n) { return n.focus ? 'node focus' : 'node' })
    .attr('transform', function (n) { return 'translate(' + n.x + ',' + n.y + ')' })
  node.append('circle').attr('r', function (n) { return n.focus ? 20 : 14 })
  node.append('text').attr('text-anchor', 'middle').attr('dy', function (n) { return n.focus ? 36 : 30 }).text(function (n) { return n.name })
  node.filter(function (n) { return !n.focus })
    .on('click', function (_event, n) { window.location.href = '/actors/' + encodeURIComponent(n.id) })
  holder.setAttribute('data-drawn', String(nodes.length))
})()
