using System;
using System.Runtime.CompilerServices;
using GreenAI.Analyzers.Caching;
using Microsoft.CodeAnalysis;

namespace GreenAI.Analyzers.Flow;

/// <summary>
/// A fact about a symbol of the project's own code that is found by reading other methods' bodies (a per-item helper's
/// delegate parameter, a method that waits for a person), kept once per compilation. Facts that ask the same question
/// of the methods they call nest at most <see cref="MaxNesting"/> deep: a method that calls itself ends there.
/// </summary>
internal sealed class OwnMethodFacts<T>
{
    private const int MaxNesting = 3;

    private readonly ConditionalWeakTable<Compilation, CompilationCache<ISymbol, T>> _facts = new();
    private readonly T _beyondReach;

    [ThreadStatic]
    private static int Nesting;

    /// <param name="beyondReach">The answer for a symbol of another assembly, or one asked too deep.</param>
    public OwnMethodFacts(T beyondReach) => _beyondReach = beyondReach;

    public T Get<TArgument>(ISymbol symbol, IMethodSymbol method, SemanticModel? model, TArgument argument, Func<ISymbol, Compilation, TArgument, T> find)
    {
        if (Nesting >= MaxNesting || model == null || method.DeclaringSyntaxReferences.IsEmpty
            || !SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, model.Compilation.Assembly))
        {
            return _beyondReach;
        }

        var facts = _facts.GetValue(model.Compilation, static _ => new CompilationCache<ISymbol, T>(SymbolEqualityComparer.Default));
        Nesting++;
        try
        {
            return facts.GetOrAdd(symbol, (model.Compilation, argument, find), static (s, state) => state.find(s, state.Compilation, state.argument));
        }
        finally
        {
            Nesting--;
        }
    }
}
