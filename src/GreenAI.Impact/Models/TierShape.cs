using System;
using System.Collections.Generic;

namespace GreenAI.Impact.Models;

/// <summary>
/// One shape of model-tiers.tsv (claude-#*-opus-#*, gpt-#, mistral-large-#?) with its optional endings, matched in one
/// pass over the id's '-' parts. Words are never versions, so each run of versions between two words is read by
/// counting: '#' adds one to the least and the most, '#?' one to the most, '#*' lifts the most.
/// </summary>
internal sealed class TierShape
{
    private readonly IReadOnlyList<Part> _parts;
    private readonly string[] _endings;

    private TierShape(IReadOnlyList<Part> parts, string[] endings) => (_parts, _endings) = (parts, endings);

    /// <summary>The shape of a table cell, or null when a word in it would read as a version.</summary>
    public static TierShape? Parse(string shape, string endings)
    {
        var parts = new List<Part>();
        Part? run = null;
        foreach (var token in shape.Split('-'))
        {
            if (token is "#" or "#?" or "#*")
            {
                run ??= new Part(null);
                run.Least += token == "#" ? 1 : 0;
                run.Most = token == "#*" || run.Most == int.MaxValue ? int.MaxValue : run.Most + 1;
                continue;
            }

            if (token.Length == 0 || IsVersion(token, 0, token.Length))
            {
                return null;
            }

            if (run != null)
            {
                parts.Add(run);
                run = null;
            }

            parts.Add(new Part(token));
        }

        if (run != null)
        {
            parts.Add(run);
        }

        var optional = endings.Length == 0 ? Array.Empty<string>() : endings.Split(',');
        return new TierShape(parts, optional);
    }

    public bool Matches(string id)
    {
        if (MatchesWhole(id, id.Length))
        {
            return true;
        }

        foreach (var ending in _endings)
        {
            if (ending.Length > 0 && id.EndsWith(ending, StringComparison.Ordinal) && MatchesWhole(id, id.Length - ending.Length))
            {
                return true;
            }
        }

        return false;
    }

    private bool MatchesWhole(string id, int length)
    {
        var position = 0; // start of the next '-' part; length + 1 once every part is read
        foreach (var part in _parts)
        {
            if (part.Word != null)
            {
                var end = PartEnd(id, position, length);
                if (position > length || end - position != part.Word.Length || string.CompareOrdinal(id, position, part.Word, 0, part.Word.Length) != 0)
                {
                    return false;
                }

                position = end + 1;
                continue;
            }

            var versions = 0;
            while (position <= length && IsVersion(id, position, PartEnd(id, position, length)))
            {
                position = PartEnd(id, position, length) + 1;
                versions++;
            }

            if (versions < part.Least || versions > part.Most)
            {
                return false;
            }
        }

        return position == length + 1;
    }

    private static int PartEnd(string id, int start, int length)
    {
        var end = start;
        while (end < length && id[end] != '-')
        {
            end++;
        }

        return end;
    }

    /// <summary>Digits, with '.digits' parts: 5, 4.5, 2.5.1.</summary>
    private static bool IsVersion(string text, int start, int end)
    {
        if (start >= end || !IdText.IsDigit(text[start]) || !IdText.IsDigit(text[end - 1]))
        {
            return false;
        }

        for (var i = start + 1; i < end - 1; i++)
        {
            if (!IdText.IsDigit(text[i]) && !(text[i] == '.' && IdText.IsDigit(text[i + 1])))
            {
                return false;
            }
        }

        return true;
    }

    private sealed class Part
    {
        public Part(string? word) => Word = word;

        /// <summary>A word to find; null for a run of versions.</summary>
        public string? Word { get; }

        public int Least { get; set; }

        public int Most { get; set; }
    }
}
