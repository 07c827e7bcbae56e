import type { JSX } from "preact";

/**
 * HTML rendered by the API from Markdown (landing text, instructions, proposals,
 * explanations): the API escapes raw HTML and allows no script, so it is injected as is.
 * Never use this for text typed by a user in this app.
 */
export function Html({
  html,
  as: Tag = "div",
  ...rest
}: { html: string; as?: "div" | "span" } & Omit<JSX.HTMLAttributes<HTMLElement>, "as">) {
  return <Tag {...(rest as object)} dangerouslySetInnerHTML={{ __html: html }} />;
}

const INLINE = /(\*\*[^*]+\*\*|\*[^*\s][^*]*\*|_[^_\s][^_]*_|`[^`]+`)/;

/**
 * Raw text with a little Markdown (**bold**, *italic*, `code`), as the text between the inputs
 * of a QROC(M): rendered as Preact nodes, never as HTML. Line breaks come from the CSS
 * (white-space: pre-line on the container).
 */
export function InlineMarkdown({ text }: { text: string }) {
  const parts = text.split(INLINE).filter((part) => part !== "");
  return (
    <>
      {parts.map((part) => {
        if (part.startsWith("**") && part.endsWith("**") && part.length > 4) {
          return <strong>{part.slice(2, -2)}</strong>;
        }
        if (part.startsWith("`") && part.endsWith("`") && part.length > 2) {
          return <code>{part.slice(1, -1)}</code>;
        }
        if ((part.startsWith("*") && part.endsWith("*")) || (part.startsWith("_") && part.endsWith("_"))) {
          if (part.length > 2) return <em>{part.slice(1, -1)}</em>;
        }
        return part;
      })}
    </>
  );
}
