using System.Text;

namespace GreenAI.Review.Output;

/// <summary>
/// Markdown pieces that render alike on GitHub and Azure DevOps: tables, collapsible details, Mermaid blocks. Every
/// piece of text that comes from a log (file paths, members, models, rule titles, messages) goes through
/// <see cref="Text"/>, <see cref="Code"/> or <see cref="Label"/> exactly once: a crafted log must not add HTML, a link,
/// an image, a mention or a table column to the comment that shows it.
/// </summary>
internal static class Markdown
{
    /// <summary>
    /// Log text as plain text inside a line: HTML characters as entities, the punctuation that makes emphasis, links,
    /// images, code, strike-through and table cells backslash-escaped, line breaks flattened, and a zero-width space after
    /// '@', in "://" and "www." so that no mention or bare link forms.
    /// </summary>
    public static string Text(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var output = new StringBuilder(text.Length + 16);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '&': output.Append("&amp;"); break;
                case '<': output.Append("&lt;"); break;
                case '>': output.Append("&gt;"); break;
                case '\r': break;
                case '\n': output.Append(' '); break;
                case '@': output.Append("@\u200B"); break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '~':
                    output.Append('\\').Append(c);
                    break;
                case ':' when i + 2 < text.Length && text[i + 1] == '/' && text[i + 2] == '/':
                    output.Append(":\u200B");
                    break;
                case '.' when i >= 3 && string.Compare(text, i - 3, "www", 0, 3, StringComparison.OrdinalIgnoreCase) == 0:
                    output.Append("\u200B.");
                    break;
                default: output.Append(c); break;
            }
        }

        return output.ToString();
    }

    /// <summary>Log text as a code span: rendered literally (no HTML, link or mention); a backtick would end it, a line break or pipe would break a table.</summary>
    public static string Code(string text) => "`" + text.Replace("`", "'").Replace("\r", "").Replace("\n", " ").Replace("|", "\\|") + "`";

    /// <summary>A table cell of Markdown already made safe by <see cref="Text"/> or <see cref="Code"/>: line breaks flattened.</summary>
    public static string Cell(string markdown) => markdown.Replace("\r", "").Replace("\n", " ");

    public static void Table(StringBuilder output, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        output.Append("| ").AppendJoin(" | ", header.Select(Cell)).AppendLine(" |");
        output.Append('|').AppendJoin("", header.Select(_ => "---|")).AppendLine();
        foreach (var row in rows)
        {
            output.Append("| ").AppendJoin(" | ", row.Select(Cell)).AppendLine(" |");
        }

        output.AppendLine();
    }

    /// <summary>
    /// A Mermaid label from log text: no quote, line break, angle bracket, backtick or '#' (they end or reinterpret the
    /// label), and the same zero-width space after '@' as in <see cref="Text"/>.
    /// </summary>
    public static string Label(string text)
    {
        var output = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            output.Append(c switch
            {
                '"' or '`' => "'",
                '\r' or '\n' or ';' => " ",
                '<' => "‹",
                '>' => "›",
                '#' => "№",
                '@' => "@\u200B",
                _ => c.ToString(),
            });
        }

        return output.ToString();
    }

    /// <summary>Folded details; <paramref name="summary"/> is our own text.</summary>
    public static void Details(StringBuilder output, string summary, Action<StringBuilder> body)
    {
        output.AppendLine("<details>").Append("<summary>").Append(Text(summary)).AppendLine("</summary>").AppendLine();
        body(output);
        output.AppendLine("</details>").AppendLine();
    }
}
