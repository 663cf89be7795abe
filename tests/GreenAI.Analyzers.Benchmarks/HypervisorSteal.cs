namespace GreenAI.Analyzers.Benchmarks;

/// <summary>
/// The machine's CPU time counters from /proc/stat, to tell how much of a measurement the virtual machine's neighbours
/// took: "steal" is time a virtual CPU was ready to run and the hypervisor ran another machine instead. The load
/// average cannot tell that: the harness's own thread-pool threads make most of it.
/// </summary>
internal readonly struct HypervisorSteal
{
    private readonly long _steal;
    private readonly long _total;

    private HypervisorSteal(long steal, long total) => (_steal, _total) = (steal, total);

    public static HypervisorSteal Now()
    {
        try
        {
            // "cpu  user nice system idle iowait irq softirq steal guest guest_nice", in clock ticks, all CPUs.
            var line = File.Exists("/proc/stat") ? File.ReadLines("/proc/stat").FirstOrDefault() : null;
            var fields = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields == null || fields.Length < 9 || fields[0] != "cpu")
            {
                return default;
            }

            var ticks = fields.Skip(1).Take(8).Select(long.Parse).ToArray();
            return new HypervisorSteal(ticks[7], ticks.Sum());
        }
        catch (Exception e) when (e is IOException or FormatException or UnauthorizedAccessException)
        {
            return default;
        }
    }

    /// <summary>"0.4 % of the machine's CPU time stolen by the hypervisor", or "n/a" where /proc/stat is not there.</summary>
    public string Since(HypervisorSteal start)
    {
        long total = _total - start._total;
        return total <= 0 ? "n/a" : $"{(double)(_steal - start._steal) / total:P1} of the machine's CPU time stolen by the hypervisor";
    }
}
