import type { ComponentChildren } from "preact";

/**
 * A preview of the landing text in the Markdown subset the learner app shows (paragraphs,
 * *italique*, **gras**, lists, nested lists), built as elements: no HTML is ever injected.
 */
function inline(text: string): ComponentChildren[] {
  const out: ComponentChildren[] = [];
  const pattern = /\*\*([^*]+)\*\*|\*([^*]+)\*|_([^_]+)_/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) out.push(text.slice(last, match.index));
    if (match[1] !== undefined) out.push(<strong>{match[1]}</strong>);
    else out.push(<em>{match[2] ?? match[3]}</em>);
    last = match.index + match[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

interface Item {
  indent: number;
  ordered: boolean;
  text: string;
}

function list(items: Item[], start: number, indent: number): [ComponentChildren, number] {
  const ordered = items[start]!.ordered;
  const children: ComponentChildren[] = [];
  let i = start;
  while (i < items.length && items[i]!.indent >= indent) {
    const item = items[i]!;
    i += 1;
    let nested: ComponentChildren = null;
    if (i < items.length && items[i]!.indent > item.indent) [nested, i] = list(items, i, items[i]!.indent);
    children.push(
      <li>
        {inline(item.text)}
        {nested}
      </li>,
    );
  }
  return [ordered ? <ol>{children}</ol> : <ul>{children}</ul>, i];
}

export function Markdown({ text }: { text: string }) {
  const blocks = text.replace(/\r\n?/g, "\n").split(/\n\s*\n/);
  return (
    <div class="rich-text">
      {blocks.map((block) => {
        const lines = block.split("\n").filter((line) => line.trim());
        const items = lines.map((line) => /^(\s*)([-*+]|\d+[.)])\s+(.*)$/.exec(line));
        if (lines.length && items.every(Boolean)) {
          const parsed = items.map((m) => ({ indent: m![1]!.length, ordered: /\d/.test(m![2]!), text: m![3]! }));
          return list(parsed, 0, 0)[0];
        }
        if (!lines.length) return null;
        return <p>{lines.flatMap((line, i) => (i ? [<br />, ...inline(line)] : inline(line)))}</p>;
      })}
    </div>
  );
}
