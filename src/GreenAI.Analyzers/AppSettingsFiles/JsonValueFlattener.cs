using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace GreenAI.Analyzers.AppSettingsFiles;

/// <summary>
/// Reads a JSON document (appsettings.json: comments and trailing commas allowed, as the .NET configuration reader
/// allows them) into "Section:Key" → string value pairs, the shape IConfiguration exposes. Returns null on malformed
/// input instead of throwing; analyzers cannot take a JSON package dependency.
/// </summary>
internal sealed class JsonValueFlattener
{
    private const int MaxDepth = 64;

    private readonly string _text;
    private readonly List<KeyValuePair<string, string>> _values = new();
    private readonly List<TextSpan> _spans = new(); // of each value's token, quotes included
    private int _position;

    private JsonValueFlattener(string text) => _text = text;

    public static List<KeyValuePair<string, string>>? Flatten(string text)
    {
        var reader = new JsonValueFlattener(text);
        return reader.TryValue(string.Empty, 0) && reader.AtEnd() ? reader._values : null;
    }

    /// <summary>The pairs and, at the same index, where each value is written (a diagnostic's place in the file).</summary>
    public static (List<KeyValuePair<string, string>> Values, List<TextSpan> Spans)? FlattenWithSpans(string text)
    {
        var reader = new JsonValueFlattener(text);
        return reader.TryValue(string.Empty, 0) && reader.AtEnd() ? (reader._values, reader._spans) : null;
    }

    private bool TryValue(string path, int depth)
    {
        if (depth > MaxDepth || !SkipTrivia())
        {
            return false;
        }

        char c = _text[_position];
        switch (c)
        {
            case '{':
                return TryObject(path, depth);
            case '[':
                return TryArray(path, depth);
            case '"':
                int start = _position;
                if (!TryString(out var s))
                {
                    return false;
                }

                Add(path, s, start);
                return true;
            default:
                return TryLiteral(path);
        }
    }

    private bool TryObject(string path, int depth)
    {
        _position++; // {
        while (SkipTrivia())
        {
            if (_text[_position] == '}')
            {
                _position++;
                return true;
            }

            if (_text[_position] != '"' || !TryString(out var key) || !SkipTrivia() || _text[_position] != ':')
            {
                return false;
            }

            _position++;
            if (!TryValue(path.Length == 0 ? key : path + ":" + key, depth + 1) || !SkipTrivia())
            {
                return false;
            }

            if (_text[_position] == ',')
            {
                _position++;
            }
            else if (_text[_position] != '}')
            {
                return false;
            }
        }

        return false;
    }

    private bool TryArray(string path, int depth)
    {
        _position++; // [
        int index = 0;
        while (SkipTrivia())
        {
            if (_text[_position] == ']')
            {
                _position++;
                return true;
            }

            if (!TryValue(path + ":" + index.ToString(CultureInfo.InvariantCulture), depth + 1) || !SkipTrivia())
            {
                return false;
            }

            index++;
            if (_text[_position] == ',')
            {
                _position++;
            }
            else if (_text[_position] != ']')
            {
                return false;
            }
        }

        return false;
    }

    private bool TryLiteral(string path)
    {
        int start = _position;
        while (_position < _text.Length && (char.IsLetterOrDigit(_text[_position]) || _text[_position] is '-' or '+' or '.'))
        {
            _position++;
        }

        var literal = _text.Substring(start, _position - start);
        if (literal.Length == 0)
        {
            return false;
        }

        if (literal != "null")
        {
            Add(path, literal, start);
        }

        return true;
    }

    private bool TryString(out string value)
    {
        var builder = new StringBuilder();
        value = string.Empty;
        _position++; // opening quote
        while (_position < _text.Length)
        {
            char c = _text[_position++];
            if (c == '"')
            {
                value = builder.ToString();
                return true;
            }

            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            if (_position >= _text.Length)
            {
                return false;
            }

            char escaped = _text[_position++];
            switch (escaped)
            {
                case 'n': builder.Append('\n'); break;
                case 't': builder.Append('\t'); break;
                case 'r': builder.Append('\r'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'u':
                    if (_position + 4 > _text.Length
                        || !int.TryParse(_text.Substring(_position, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
                    {
                        return false;
                    }

                    builder.Append((char)code);
                    _position += 4;
                    break;
                default: builder.Append(escaped); break;
            }
        }

        return false;
    }

    /// <summary>Skips whitespace and // or /* */ comments; false at the end of the text.</summary>
    private bool SkipTrivia()
    {
        while (_position < _text.Length)
        {
            char c = _text[_position];
            if (char.IsWhiteSpace(c) || c == '\uFEFF')
            {
                _position++;
            }
            else if (c == '/' && _position + 1 < _text.Length && _text[_position + 1] == '/')
            {
                while (_position < _text.Length && _text[_position] != '\n')
                {
                    _position++;
                }
            }
            else if (c == '/' && _position + 1 < _text.Length && _text[_position + 1] == '*')
            {
                int end = _text.IndexOf("*/", _position + 2, System.StringComparison.Ordinal);
                _position = end < 0 ? _text.Length : end + 2;
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    private bool AtEnd() => !SkipTrivia();

    private void Add(string path, string value, int start)
    {
        _values.Add(new KeyValuePair<string, string>(path, value));
        _spans.Add(TextSpan.FromBounds(start, _position));
    }
}
