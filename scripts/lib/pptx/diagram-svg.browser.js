/*
 * Runs inside the deck's print view (diagram-pictures.ts reads this file and evaluates it in
 * the page): turns each drawn diagram into a self-contained SVG that PowerPoint and
 * LibreOffice draw as the deck does.
 *
 * The deck renders Mermaid with HTML labels (text in <foreignObject>), which neither program
 * draws in an SVG picture, and styles the diagram with a <style> sheet of id selectors, which
 * they read only in part. So the copy gets:
 * - every label as SVG <text>, one element per line, placed where the browser laid the line
 *   out (measured with Ranges, so the wrapping is the deck's), centred on the line so a
 *   substitute font stays inside its node;
 * - every shape's computed paint (fill, stroke, widths, dashes) as attributes, no <style>.
 * Parts revealed by steps keep their `diagram-step-N` class, so one copy per step drops the
 * later ones.
 *
 * Plain JavaScript evaluated as text: a function compiled by tsx would call a helper
 * (__name) that the page does not have.
 */
(() => {
  const SVG = 'http://www.w3.org/2000/svg';
  // Inter's ascender over its content height (0.96875 / 1.2109375): the baseline's place in
  // the box a Range measures around a word.
  const BASELINE = 0.8;
  const PAINT = [
    'fill',
    'fill-opacity',
    'stroke',
    'stroke-width',
    'stroke-opacity',
    'stroke-dasharray',
    'stroke-linecap',
    'stroke-linejoin',
    'opacity',
  ];
  const SHAPES = new Set(['path', 'rect', 'circle', 'ellipse', 'polygon', 'polyline', 'line']);
  const transparent = (color) => color === 'transparent' || /rgba\(.*,\s*0\)$/.test(color);
  // Colours as #RRGGBB with a separate opacity: the form every SVG reader knows (computed
  // styles say rgb(…) and rgba(…)).
  const hexColor = (value) => {
    const match = /^rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\)$/.exec(value);
    if (match === null) return { color: value, alpha: 1 };
    const hex = match
      .slice(1, 4)
      .map((channel) => Number(channel).toString(16).padStart(2, '0'))
      .join('')
      .toUpperCase();
    return { color: `#${hex}`, alpha: match[4] === undefined ? 1 : Number(match[4]) };
  };
  const setPaint = (target, property, value) => {
    if (property !== 'fill' && property !== 'stroke') {
      target.setAttribute(property, value);
      return;
    }
    const { color, alpha } = hexColor(value);
    target.setAttribute(property, alpha === 0 ? 'none' : color);
    if (alpha > 0 && alpha < 1) target.setAttribute(`${property}-opacity`, String(alpha));
  };

  const results = [];
  for (const figure of document.querySelectorAll('figure.diagram[data-rendered="true"]')) {
    const section = figure.closest('section[id]');
    const live = figure.querySelector('.diagram-canvas > svg');
    if (section === null || live === null) continue;
    const copy = live.cloneNode(true);
    const liveAll = [...live.querySelectorAll('*')];
    const copyAll = [...copy.querySelectorAll('*')];

    for (let i = 0; i < liveAll.length; i += 1) {
      const element = liveAll[i];
      const target = copyAll[i];
      if (!SHAPES.has(element.localName) || element.closest('foreignObject') !== null) continue;
      const style = getComputedStyle(element);
      for (const property of PAINT) {
        const value = style.getPropertyValue(property);
        // Opacities of 1 are the default; leaving them out keeps an rgba colour's own alpha.
        if (value !== '' && !(property.endsWith('opacity') && value === '1')) {
          setPaint(target, property, value);
        }
      }
      target.removeAttribute('style');
    }

    for (let i = 0; i < liveAll.length; i += 1) {
      const object = liveAll[i];
      if (object.localName !== 'foreignObject') continue;
      const target = copyAll[i];
      const parent = object.parentNode;
      const toUser = parent.getScreenCTM().inverse();
      const point = (x, y) => new DOMPoint(x, y).matrixTransform(toUser);
      const group = document.createElementNS(SVG, 'g');

      // A background behind the label (edge labels have one, so the line does not cross them).
      for (const box of object.querySelectorAll('*')) {
        const background = getComputedStyle(box).backgroundColor;
        const rect = box.getBoundingClientRect();
        if (transparent(background) || rect.width === 0 || rect.height === 0) continue;
        const a = point(rect.left, rect.top);
        const b = point(rect.right, rect.bottom);
        const shape = document.createElementNS(SVG, 'rect');
        shape.setAttribute('x', String(a.x));
        shape.setAttribute('y', String(a.y));
        shape.setAttribute('width', String(b.x - a.x));
        shape.setAttribute('height', String(b.y - a.y));
        setPaint(shape, 'fill', background);
        group.appendChild(shape);
        break;
      }

      // Words, with where the browser put them; a line is the words that share a top.
      const lines = [];
      const walker = document.createTreeWalker(object, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const style = getComputedStyle(node.parentElement);
        for (const match of node.data.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const rect = range.getBoundingClientRect();
          if (rect.width === 0) continue;
          let line = lines.find(
            (candidate) => Math.abs(candidate.top - rect.top) < rect.height / 2,
          );
          if (line === undefined) {
            line = {
              top: rect.top,
              height: rect.height,
              left: rect.left,
              right: rect.right,
              words: [],
              style,
            };
            lines.push(line);
          }
          line.left = Math.min(line.left, rect.left);
          line.right = Math.max(line.right, rect.right);
          line.words.push({ left: rect.left, text: match[0] });
        }
      }
      for (const line of lines) {
        const words = line.words.sort((a, b) => a.left - b.left).map((word) => word.text);
        const anchor = point((line.left + line.right) / 2, line.top + line.height * BASELINE);
        const text = document.createElementNS(SVG, 'text');
        text.setAttribute('x', String(anchor.x));
        text.setAttribute('y', String(anchor.y));
        text.setAttribute('text-anchor', 'middle');
        text.setAttribute('font-family', 'Inter, Arial, sans-serif');
        text.setAttribute('font-size', line.style.fontSize);
        text.setAttribute('font-weight', line.style.fontWeight);
        setPaint(text, 'fill', line.style.color);
        text.textContent = words.join(' ');
        group.appendChild(text);
      }
      target.replaceWith(group);
    }

    for (const style of copy.querySelectorAll('style')) style.remove();
    const box = live.viewBox.baseVal;
    copy.removeAttribute('style');
    copy.removeAttribute('aria-hidden');
    copy.setAttribute('width', String(box.width));
    copy.setAttribute('height', String(box.height));
    copy.setAttribute('xmlns', SVG);

    const stepCount = Math.max(
      0,
      ...[...copy.querySelectorAll('[class*="diagram-step-"]')].map((element) =>
        Number(/diagram-step-(\d+)/.exec(element.getAttribute('class'))[1]),
      ),
    );
    // One copy per step, from the slide as it opens (step 0) to its last step.
    const byStep = [];
    for (let step = 0; step <= stepCount; step += 1) {
      const shown = copy.cloneNode(true);
      for (const part of shown.querySelectorAll('[class*="diagram-step-"]')) {
        const at = Number(/diagram-step-(\d+)/.exec(part.getAttribute('class'))[1]);
        if (at > step) part.remove();
      }
      byStep.push(new XMLSerializer().serializeToString(shown));
    }
    results.push({ slideId: section.id, width: box.width, height: box.height, svgs: byStep });
  }
  return results;
})();
