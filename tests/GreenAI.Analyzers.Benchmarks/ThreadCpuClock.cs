using System.Runtime.InteropServices;

namespace GreenAI.Analyzers.Benchmarks;

/// <summary>
/// The CPU time the calling thread has used (Linux, clock_gettime(CLOCK_THREAD_CPUTIME_ID)). Unlike a stopwatch it
/// does not advance while the thread waits for a core, so neighbours on a shared machine do not inflate it.
/// </summary>
internal static class ThreadCpuClock
{
    private const int ThreadCpuTimeId = 3; // CLOCK_THREAD_CPUTIME_ID

    public static bool IsAvailable { get; } = OperatingSystem.IsLinux() && TryRead(out _);

    /// <summary>Nanoseconds of CPU time used by this thread so far (0 where the clock is not available).</summary>
    public static long Now() => IsAvailable && TryRead(out long nanoseconds) ? nanoseconds : 0;

    private static bool TryRead(out long nanoseconds)
    {
        nanoseconds = 0;
        try
        {
            if (clock_gettime(ThreadCpuTimeId, out var time) != 0)
            {
                return false;
            }

            nanoseconds = time.Seconds * 1_000_000_000 + time.Nanoseconds;
            return true;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", SetLastError = false)]
    private static extern int clock_gettime(int clockId, out TimeSpec time);
}
