namespace Concordia.Planning.Engine;

/// <summary>
/// The search's tuning numbers, in one place, each with why it has its value. None changes what a rule means; each
/// only shares out time between the engine's phases. They were set on the Curtois &amp; Qu instances and the generated
/// event problems of docs/benchmarks.md, on 2 threads of this project's standard machine.
/// </summary>
internal static class Tuning
{
    /// <summary>
    /// The final validation takes about as long as compiling and loading the problem did: the search stops this many
    /// times that duration before the time limit, so the whole call fits the limit.
    /// </summary>
    public const double ValidationReserve = 1.5;

    /// <summary>Neighbourhoods each thread of the general engine solves between two exchanges of the best plan: few enough to share progress often (day rosters use <see cref="RosterRoundWork"/>).</summary>
    public const int StepsPerRound = 4;

    /// <summary>
    /// Work (CP-SAT's deterministic time) each roster search thread does between two exchanges of the best roster: a
    /// few typical neighbourhoods, so progress is shared often. On Curtois &amp; Qu 14 and 24 the two threads were busy
    /// 95% and 90% of the rounds' time, against 83% with four neighbourhoods a round (docs/benchmarks.md, section 1g).
    /// </summary>
    public const double RosterRoundWork = 0.6;

    /// <summary>Agents × windows above which a roster mostly of minimum contracts is built from its contracts, not by the greedy.</summary>
    public const long ContractDrivenSize = 100_000;

    /// <summary>
    /// Agents scanned per missing unit by the fill after construction: wide, it runs once, and only where construction
    /// scanned a bounded rotation (<see cref="GreedyScan"/>). Where construction scanned everyone the fill found nothing
    /// (no unit on the Paris demo, a generated Paris-size event or its re-plan) and on that re-plan took all the time left.
    /// </summary>
    public const int FirstFillScan = 5_000;

    /// <summary>A plan is "large" above these: CP-SAT neighbourhoods are then interleaved with hand-written moves and restricted to a few sites.</summary>
    public const int LargeAgents = 3_000;

    /// <summary>See <see cref="LargeAgents"/>.</summary>
    public const int LargeDemands = 20_000;

    /// <summary>Greedy candidates scored per unit: six on small plans; three on large ones, which cannot afford more per unit.</summary>
    public static int CandidatesPerUnit(int agents) => agents > LargeAgents ? 3 : 6;

    /// <summary>Agents the greedy scans per unit: a bounded rotation on small plans, everyone on large ones (one pass must cover more).</summary>
    public static int GreedyScan(int agents) => ScansEveryone(agents) ? int.MaxValue : 600;

    /// <summary>Whether construction offers each unit it cannot fill to every agent with the capability.</summary>
    public static bool ScansEveryone(int agents) => agents > LargeAgents;

    /// <summary>Candidates the fill move collects before scoring: enough for a good choice, few enough to stay cheap.</summary>
    public const int FillCandidates = 8;

    /// <summary>Random agents a hand-over move tries before giving up on one duty.</summary>
    public const int HandTries = 12;

    /// <summary>Hand-written moves per step on large plans, and the scan of the fill they run one step in four.</summary>
    public const int MovesPerStep = 20_000;

    /// <summary>See <see cref="MovesPerStep"/>.</summary>
    public const int StepFillScan = 400;

    /// <summary>
    /// Agents tried per missing unit by the chains that make room for it (<c>LocalSearch.Eject</c>): once after the
    /// first fill, and every step of the search on large plans, where a pass costs well under a second at Paris size.
    /// </summary>
    public const int FirstEjectTries = 10;

    /// <summary>See <see cref="FirstEjectTries"/>.</summary>
    public const int StepEjectTries = 8;

    /// <summary>Agents scanned for someone to take the duty a chain gives up.</summary>
    public const int EjectScan = 400;

    /// <summary>
    /// Size (free choices) of a neighbourhood, adapted between these bounds: it grows by <see cref="SizeGrowth"/> after a
    /// neighbourhood solved to optimality and shrinks after one that was not, so about half are settled within budget.
    /// </summary>
    public const double MinNeighbourhood = 100;

    /// <summary>See <see cref="MinNeighbourhood"/>.</summary>
    public const double MaxNeighbourhood = 60_000;

    /// <summary>A neighbourhood's first size: about a quarter of a small problem, at most this (large ones adapt down from it).</summary>
    public const double FirstNeighbourhood = 1_500;

    /// <summary>See <see cref="MinNeighbourhood"/>.</summary>
    public const double SizeGrowth = 1.15;

    /// <summary>
    /// CP-SAT's deterministic time for a neighbourhood of the general path: proportional to its size (one unit per 2,000
    /// choices) within these bounds; a repair of members breaking a rule gets <see cref="RepairBudget"/>.
    /// </summary>
    public const double MinNeighbourhoodBudget = 0.1;

    /// <summary>See <see cref="MinNeighbourhoodBudget"/>.</summary>
    public const double MaxNeighbourhoodBudget = 1.5;

    /// <summary>See <see cref="MinNeighbourhoodBudget"/>.</summary>
    public const double ChoicesPerBudgetUnit = 2_000;

    /// <summary>See <see cref="MinNeighbourhoodBudget"/>.</summary>
    public const double RepairBudget = 1.0;

    /// <summary>Wall-clock cap of one neighbourhood, in seconds: a guard against a model that runs away, never reached in practice.</summary>
    public const double NeighbourhoodWallCap = 30;

    /// <summary>Members a repair neighbourhood frees at once: their own rules are independent, so a strict model over them is solvable.</summary>
    public const int BrokenAtOnce = 2;

    /// <summary>Passes of the feasibility repair over members breaking a rule; each later pass sees the others' repairs.</summary>
    public const int RepairPasses = 3;

    /// <summary>Deterministic time of one member's whole-horizon repair model, and its wall-clock cap in seconds.</summary>
    public const double MemberRepairBudget = 0.3;

    /// <summary>See <see cref="MemberRepairBudget"/>.</summary>
    public const double MemberRepairWallCap = 10;

    /// <summary>
    /// Single-threaded, and full linearization: it puts the run-length clauses into the LP, which on roster models
    /// finds and proves good schedules many times faster than the default level.
    /// </summary>
    public const string RosterSolverParameters = "num_workers:1 linearization_level:2 log_search_progress:false";

    /// <summary>Deterministic time of one roster neighbourhood (CP-SAT's own unit, roughly seconds): many small steps beat few large ones.</summary>
    public const double RosterNeighbourhoodBudget = 0.1;

    /// <summary>
    /// Deterministic time a roster neighbourhood larger than its shape's size may use at most: one agent over the whole
    /// horizon of Curtois &amp; Qu 22 (about 2,000 choices) takes 0.3–2 s to settle.
    /// </summary>
    public const double MaxRosterNeighbourhoodBudget = 1.0;

    /// <summary>Deterministic time of one member's roster model in construction (three times that for a whole-horizon repair).</summary>
    public const double RosterMemberBudget = 0.5;

    /// <summary>Passes of paced pattern rebuilds over every member after roster construction's patterns (while one improves).</summary>
    public const int PatternPasses = 2;

    /// <summary>Choices per member up to which roster construction gives every member an exact best response.</summary>
    public const int RosterSweepLimit = 1_500;

    /// <summary>Doublings of the repair budget between rounds for members still breaking a rule (up to 16 times the construction's).</summary>
    public const int RosterRepairDoublings = 4;

    /// <summary>A roster neighbourhood shape's first size (free choices), its bounds and growth, as for the general path.</summary>
    public const double FirstRosterNeighbourhood = 500;

    /// <summary>See <see cref="FirstRosterNeighbourhood"/>.</summary>
    public const double MinRosterNeighbourhood = 20;

    /// <summary>See <see cref="FirstRosterNeighbourhood"/>.</summary>
    public const double MaxRosterNeighbourhood = 1e6;

    /// <summary>See <see cref="FirstRosterNeighbourhood"/>.</summary>
    public const double RosterSizeGrowth = 1.1;

    /// <summary>Days either side of a fault that a roster repair frees: a month is a small model that still holds a run and its breaks.</summary>
    public const int RepairReachDays = 14;

    /// <summary>Costs are whole numbers: a schedule counts as cheaper only by more than this (guards against rounding in sums of doubles).</summary>
    public const double CostTolerance = 1e-6;

    /// <summary>
    /// Labels the schedule programme may use for an agent in a round of the lower bound that prices every agent exactly
    /// (the round after the beams found no column); an agent that needs more is bounded by its relaxation in that round.
    /// </summary>
    public const int BoundLabelLimit = 200_000;

    /// <summary>
    /// Labels per node and run state the schedule programme keeps for an agent whose exact pricing ran out of labels
    /// (<see cref="BoundLabelLimit"/>): its columns are then good rather than proven cheapest, and the agent's share of
    /// the bound comes from its relaxation.
    /// </summary>
    public const int BoundBeam = 4;

    /// <summary>The beam of a round of the lower bound after the narrow one found no column (<see cref="BoundBeam"/>).</summary>
    public const int BoundWideBeam = 32;

    /// <summary>
    /// Labels the exact programme may use for an agent in an ordinary round of the lower bound; an agent that needs
    /// more is priced with the beam until the rounds stop finding columns, and then exactly with <see cref="BoundLabelLimit"/>.
    /// </summary>
    public const int BoundQuickLabels = 20_000;

    /// <summary>Subgradient steps on an agent's relaxation multipliers per round of the lower bound.</summary>
    public const int BoundSteps = 3;

    /// <summary>
    /// The share of a lower bound's time limit without a rise of the bound after which the rounds of the programme and
    /// its beam give way to rounds that price every agent exactly, by CP-SAT where the programme cannot
    /// (<see cref="Pricing.ColumnGeneration.Prove"/>).
    /// </summary>
    public const double BoundStallShare = 0.05;

    /// <summary>
    /// The rounds without a rise of the bound that <see cref="BoundStallShare"/> also waits for, so that where one round
    /// takes longer than that share (Curtois &amp; Qu 22–24), a single round without a rise does not hand over.
    /// </summary>
    public const int BoundStallRounds = 3;

    /// <summary>The longest one agent's pricing by CP-SAT may take in a round of <see cref="Pricing.ColumnGeneration.Prove"/>.</summary>
    public const double BoundProveAgentSeconds = 2;

    /// <summary>Share of the best bound's duals in the duals a round of <see cref="Pricing.ColumnGeneration.Prove"/> prices at.</summary>
    public const double BoundProveSmoothing = 0.5;

    /// <summary>
    /// Share of the best bound's duals in the duals a round of the lower bound prices at (dual smoothing): the master's
    /// duals swing from round to round. 0.8 against 0.5 on Curtois &amp; Qu 14 at 60 s: a bound of 571 against 467.
    /// </summary>
    public const double BoundSmoothing = 0.8;

    /// <summary>Labels per node and run state the schedule programme keeps for a best response in the roster search.</summary>
    public const int ResponseBeam = 8;

    /// <summary>Agents a best-response move takes off the roster at most.</summary>
    public const int ResponseAgents = 4;

    /// <summary>Passes of best responses after a move's agents have been put back.</summary>
    public const int ResponsePasses = 3;

    /// <summary>
    /// Seconds of CP-SAT's deterministic time that one transition of a best response counts as
    /// (<see cref="Pricing.AgentGraph.Transitions"/>), so that the roster search can weigh the two kinds of move by
    /// improvement per unit of work without reading a clock. A transition took 5 × 10⁻⁶ s of wall time on Curtois &amp;
    /// Qu 22 and 24 (10 and 32 shift types), 2–3 × 10⁻⁶ s on 8 and 14 (4 shift types), where this counts a response
    /// as the count of nodes at 3 × 10⁻⁵ s did (docs/benchmarks.md, section 1g).
    /// </summary>
    public const double ResponseSecondsPerTransition = 5e-6;

    /// <summary>
    /// Share of the draws per roster move kind made whatever the kinds' rates of improvement, shared among the kinds by
    /// the work of their moves (<see cref="Roster.MoveDraw"/>): a floor of the time that each kind keeps.
    /// </summary>
    public const double MoveFloorShare = 0.05;

    /// <summary>
    /// The least work a roster move counts as, in a round and when its kind's floor share is drawn by the work of its
    /// moves: building a model and scoring its result cost time that CP-SAT's clock does not count.
    /// </summary>
    public const double MinMoveWork = 0.01;

    /// <summary>Weight left to a move kind's past gains and work after each move (a half-life of about 140 moves).</summary>
    public const double MoveRateDecay = 0.995;

    /// <summary>
    /// A roster move's credit is its improvement over the typical one of recent improving moves, at most this many
    /// typical improvements (one move that found a large gain once does not take the draws over for long).
    /// </summary>
    public const double MoveGainCap = 4;

    /// <summary>Weight of the latest improvement in the running typical improvement of roster moves.</summary>
    public const double TypicalGainWeight = 0.05;

    /// <summary>Share of the roster search's time after construction in which column generation prices schedules beside one search thread.</summary>
    public const double PoolShare = 0.25;

    /// <summary>
    /// Share of the pricing time (<see cref="PoolShare"/>) within which column generation's first round must end, at the
    /// pace of its first agents, or the dive is dropped and the thread goes back to the search: a relaxation priced once
    /// or not at all gives no duals worth diving from.
    /// </summary>
    public const double PoolFirstRoundShare = 0.2;

    /// <summary>Share of the roster search's time after construction for the dive from the relaxation to a roster.</summary>
    public const double DiveShare = 0.15;

    /// <summary>Share of the time then left for the integer master to combine the schedules priced with the roster.</summary>
    public const double PoolMasterShare = 0.1;

    /// <summary>A schedule the relaxation weighs at least this much is fixed in a dive along with the heaviest.</summary>
    public const double DiveFix = 0.9;

    /// <summary>Rounds of pricing after each fixing in a dive (fewer when a round finds no column).</summary>
    public const int DiveRounds = 3;
}
