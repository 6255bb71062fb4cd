package com.capacityworkbench.solver.evaluate;

import com.capacityworkbench.model.plan.Assignment;
import com.capacityworkbench.model.plan.Candidate;
import com.capacityworkbench.model.plan.CostCategory;
import com.capacityworkbench.model.plan.CostPart;
import com.capacityworkbench.model.plan.Money;
import com.capacityworkbench.model.plan.WorkloadExplanation;
import com.capacityworkbench.model.scenario.FirstRefusalMode;
import com.capacityworkbench.model.scenario.Period;
import com.capacityworkbench.model.scenario.Pool;
import com.capacityworkbench.model.scenario.Workload;
import com.capacityworkbench.solver.rules.RuleBreak;
import com.capacityworkbench.solver.rules.ScoreUnits;
import com.capacityworkbench.solver.rules.ShardOnPool;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads every explanation of a plan claim by claim and checks each against the plan's facts, recomputed
 * independently ({@link PlanFacts}): room said to be there is there, a rule said to block breaks for that
 * workload on that pool, quoted costs are the plan's, first refusal is said declined only for work off the
 * primary, and no reason is repeated. Collects every failed claim instead of stopping at the first.
 */
final class ClaimChecker {

    /** A reason group starts with its label, at the start of a text or after "; ", ": " or ". ". */
    /** "… and 95 more" or "… and 95 more pools dearer still": pools counted, not named. */
    private static final Pattern MORE_POOLS = Pattern.compile(" and (\\d+) more\\b");
    private static final Pattern LABEL = Pattern.compile(
            "(?:^|(?<=; |: |\\. ))(Availability|Software family|Memory|Sovereign cloud|Residency|Data staging|Capacity|Power|Cost|Room): ");
    /** One pool or a list: "pool a", "pools a, b, c". */
    private static final String POOLS = "pools? ((?:[\\w.-]+, )*[\\w.-]+)";
    private static final Pattern CAPACITY = Pattern.compile(
            "pool (\\S+) full in (\\S+) \\(([\\d,]+) of ([\\d,]+) used; needs ([\\d,]+)\\)");
    private static final Pattern POWER = Pattern.compile("site (\\S+) would need ([\\d.,]+) MW in (\\S+), cap ([\\d.,]+) MW");
    private static final Pattern ROOM_ANYWHERE = Pattern.compile(POOLS + " (?:had|has|have) room");
    private static final Pattern ROOM_COUNT = Pattern.compile(POOLS + " ha(?:s|ve) room for (it|(\\d+) more shards?)");
    private static final Pattern COST_CLAUSE = Pattern.compile(
            POOLS + " (?:had|has|have) room (?:for (?:it|\\d+ more shards?) )?at (\\$[\\d.,]+[kMB]?)(?: a shard)? against (.+?)(?=, pools? |; |$)");
    private static final Pattern HERE = Pattern.compile(
            "(\\$[\\d.,]+[kMB]?)(?: \\+ (\\$[\\d.,]+[kMB]?) (weighted )?premium)? on ([^,;\\s]+)");
    private static final Pattern PLACEMENT = Pattern.compile(
            "^(\\d+) of (\\d+) shards on (\\S+) \\((.+?)\\), (\\d+) elsewhere \\((.+?)\\)(?:, (\\d+) unplaced)?\\. ");
    private static final Pattern NEEDS_ACCELERATORS = Pattern.compile("([\\d,]+) more (\\S+) in (\\S+) at (\\S+?)(?=,|;|$| and)");
    private static final Pattern NEEDS_POWER = Pattern.compile("([\\d.]+) MW more at site (\\S+) in (\\S+?)(?=,|;|$| and| for)");
    private static final Pattern TAKE_NOW = Pattern.compile("pool (\\S+) could take (it|them|(\\d+) of them) now");
    private static final Pattern NO_ROOM_EITHER = Pattern.compile("no room either on pools? ([^;]+)");
    private static final Pattern NO_POOL = Pattern.compile("no pool passes the placement rules \\(([^)]*)\\)");
    private static final Pattern SUMMARY_SHARE = Pattern.compile("(\\d+) of (\\d+) shards on the primary");
    private static final Pattern TOTAL = Pattern.compile("(\\$[\\d.,]+[kMB]?) over ");

    private final PlanFacts facts;
    private final Map<String, Pattern> poolNames = new LinkedHashMap<>();
    final List<String> failures = new ArrayList<>();
    final Map<String, Integer> claims = new TreeMap<>();

    ClaimChecker(PlanFacts facts) {
        this.facts = facts;
        for (Pool pool : facts.scenario.pools()) {
            poolNames.put(pool.id(), Pattern.compile("(?<![\\w.-])" + Pattern.quote(pool.id()) + "(?![\\w-]|\\.\\w)"));
        }
    }

    void checkAll() {
        for (WorkloadExplanation e : facts.plan.explanations()) {
            Workload w = facts.workload(e.workload());
            count("explanations");
            checkSummary(w, e);
            checkCostParts(w, e);
            checkCandidates(w, e);
            checkPrimaryDeclined(w, e);
            checkMissing(w, e);
            checkAssignmentReasons(w, e);
        }
    }

    // ---- summary and cost parts ----

    private void checkSummary(Workload w, WorkloadExplanation e) {
        List<Assignment> placed = facts.placed(w.id());
        long on = placed.stream().filter(facts::onPrimary).count();
        String s = e.summary();
        if (s.contains("off the primary")) {
            claim("off the primary", on == 0 && !placed.isEmpty(), w, "says 'off the primary' with " + on + " shards on it: " + s);
        }
        if (s.contains("first refusal honoured")) {
            claim("first refusal honoured", on == placed.size(), w, "says honoured with shards elsewhere: " + s);
        }
        Matcher share = SUMMARY_SHARE.matcher(s);
        if (share.find()) {
            claim("shards on the primary", Integer.parseInt(share.group(1)) == on
                    && Integer.parseInt(share.group(2)) == facts.shards(w), w, "counts shards on the primary wrong: " + s);
        }
        if (facts.firstRefusalApplies(w) && on > 0 && on < placed.size()) {
            claim("partial first refusal said", share.find(0), w, "partly on the primary but not said so: " + s);
        }
        if (s.contains("declined")) {
            claim("declined in summary", placed.stream().anyMatch(a -> !facts.onPrimary(a)), w, "summary says declined: " + s);
        }
    }

    private void checkCostParts(Workload w, WorkloadExplanation e) {
        List<Assignment> placed = facts.placed(w.id());
        double total = e.costParts().stream().mapToDouble(CostPart::usd).sum();
        Matcher m = TOTAL.matcher(e.summary());
        if (!placed.isEmpty()) {
            claim("summary total", m.find() && m.group(1).equals(Money.format(total)), w,
                    "summary total is not the cost parts' " + Money.format(total) + ": " + e.summary());
        }
        double compute = e.costParts().stream().filter(p -> p.category() == CostCategory.COMPUTE).mapToDouble(CostPart::usd).sum();
        double expected = placed.stream().mapToDouble(a -> facts.figures(a).computeUsd()).sum();
        claim("compute cost", Math.abs(compute - expected) <= 1e-6 * Math.max(1, expected), w,
                "compute parts " + compute + " against " + expected + " from the assignments");
    }

    // ---- candidates ----

    private void checkCandidates(Workload w, WorkloadExplanation e) {
        List<Pool> pools = facts.scenario.pools();
        claim("candidate per pool", e.candidates().stream().map(Candidate::pool).toList()
                .equals(pools.stream().map(Pool::id).toList()), w, "candidates are not one per pool in scenario order");
        List<Assignment> placed = facts.placed(w.id());
        for (Candidate c : e.candidates()) {
            Pool pool = facts.pool(c.pool());
            double size = facts.sizeOn(w, pool);
            ShardOnPool f = facts.calculator.assess(w, size, pool);
            claim("candidate chosen", c.chosen() == placed.stream().anyMatch(a -> a.pool().equals(pool.id())), w,
                    "candidate " + pool.id() + " chosen=" + c.chosen());
            // Each shard at its own size (Workload.shardDemand): sizes may differ by a reference accelerator.
            double own = java.util.stream.IntStream.range(0, w.shardCount())
                    .mapToDouble(i -> facts.calculator.assess(w, w.shardDemand(i), pool).ownCostUsd()).sum();
            double whole = own + f.egress().stream().distinct().mapToDouble(x -> x.usd()).sum()
                    + (f.porting() == null ? 0 : f.porting().usd());
            claim("candidate cost", c.costUsd() != null && Math.abs(c.costUsd() - whole) <= 1e-6 * Math.max(1, whole), w,
                    "candidate " + pool.id() + " costs " + c.costUsd() + ", the whole workload there " + whole);
            claim("candidate rule and sentence", (c.rule() == null) == (c.blockedBy() == null), w,
                    "candidate " + pool.id() + " rule " + c.rule() + " with sentence " + c.blockedBy());
            // A candidate is open when one of the workload's shards (unplaced, or moved from any pool) fits there.
            List<Assignment> movers = new ArrayList<>(placed);
            movers.add(null);
            boolean someoneFits = movers.stream().anyMatch(a -> facts.fits(w, size, pool, 1, a));
            if (c.blockedBy() == null) {
                claim("candidate open", someoneFits, w, "candidate " + pool.id() + " open but no shard of it fits there");
            } else if (!f.staticBreaks().isEmpty()) {
                RuleBreak first = f.staticBreaks().getFirst();
                claim("candidate static rule", first.rule().label().equals(c.rule()) && first.message().equals(c.blockedBy()),
                        w, "candidate " + pool.id() + " blocked by '" + c.blockedBy() + "', the rules say '" + first.message() + "'");
            } else {
                claim("candidate capacity or power", !someoneFits, w,
                        "candidate " + pool.id() + " blocked by '" + c.blockedBy() + "' but a shard fits there");
                checkCapacitySentences(w, size, c.blockedBy(), freedOn(pool, placed), freedAt(pool, placed), List.of(pool.id()));
            }
        }
    }

    /** A candidate counts the room one of the workload's shards frees by moving: one on the pool itself first. */
    private static long freedOn(Pool pool, List<Assignment> placed) {
        return placed.stream().filter(a -> a.pool().equals(pool.id())).mapToLong(Assignment::accelerators).findFirst().orElse(0);
    }

    private long freedAt(Pool pool, List<Assignment> placed) {
        String site = facts.index.siteOf(pool).id();
        Assignment here = placed.stream().filter(a -> a.pool().equals(pool.id())).findFirst().orElse(null);
        if (here != null) {
            return facts.figures(here).roundedWatts();
        }
        return placed.stream().filter(a -> a.site().equals(site)).mapToLong(a -> facts.figures(a).roundedWatts()).max().orElse(0);
    }

    // ---- why the primary declined ----

    private void checkPrimaryDeclined(Workload w, WorkloadExplanation e) {
        List<Assignment> placed = facts.placed(w.id());
        List<Assignment> off = placed.stream().filter(a -> !facts.onPrimary(a)).toList();
        List<Assignment> on = placed.stream().filter(facts::onPrimary).toList();
        String text = e.primaryDeclined();
        boolean expected = facts.firstRefusalApplies(w) && !off.isEmpty();
        claim("declined only off the primary", (text != null) == expected, w,
                "primaryDeclined " + (text == null ? "missing" : "given") + " with " + off.size() + " shards off the primary");
        if (text == null || !expected) {
            return;
        }
        Matcher placement = PLACEMENT.matcher(text);
        if (on.isEmpty()) {
            claim("no placement for wholly off", !placement.find(), w, "shards-on-the-primary clause with none there: " + text);
        } else {
            claim("per-shard placement", placement.find() && Integer.parseInt(placement.group(1)) == on.size()
                    && Integer.parseInt(placement.group(2)) == facts.shards(w)
                    && placement.group(3).equals(facts.primary)
                    && placement.group(4).equals(byPool(on)) && Integer.parseInt(placement.group(5)) == off.size()
                    && placement.group(6).equals(byPool(off)), w, "shards on and off the primary misdescribed: " + text);
        }
        String reasons = placement.find(0) ? text.substring(placement.end()) : text;
        List<Segment> segments = segments(reasons);
        checkNoRepeats(w, segments, text);
        List<String> primaryPools = facts.primaryPools().stream().map(Pool::id).toList();
        Map<String, Integer> named = new HashMap<>();
        for (Segment s : segments) {
            List<String> pools = named(s.text, primaryPools);
            pools.forEach(p -> named.merge(p, 1, Integer::sum));
            switch (s.label) {
                case "Room" -> checkRoom(w, s.text, off);
                case "Cost" -> checkCost(w, s.text, off);
                case "Capacity", "Power" -> checkPrimaryCapacity(w, s, pools);
                default -> checkStatic(w, s, pools);
            }
            List<String> strangers = named(s.text, poolNames.keySet()).stream()
                    .filter(p -> !primaryPools.contains(p) && !off.stream().map(Assignment::pool).toList().contains(p))
                    .toList();
            claim("only primary pools decline", strangers.isEmpty(), w, "names pools of no concern " + strangers + ": " + s.text);
        }
        checkRoomAnywhere(w, text);
        // A long list names a few pools and counts the rest ("… and 95 more"): each pool is named at most once, and
        // the named and the counted are every primary pool.
        int counted = 0;
        Matcher more = MORE_POOLS.matcher(reasons);
        while (more.find()) {
            counted += Integer.parseInt(more.group(1));
        }
        for (String pool : primaryPools) {
            claim("every primary pool accounted once", named.getOrDefault(pool, 0) <= 1, w,
                    "primary pool " + pool + " named " + named.getOrDefault(pool, 0) + " times: " + text);
        }
        claim("every primary pool accounted once", named.size() + counted == primaryPools.size(), w,
                named.size() + " primary pools named and " + counted + " counted of " + primaryPools.size() + ": " + text);
        boolean strictRoom = facts.mode == FirstRefusalMode.STRICT
                && facts.primaryPools().stream().anyMatch(p -> facts.fits(w, facts.largestOff(w), p, 1, null));
        if (text.contains("declined") && strictRoom) {
            List<String> roomy = facts.primaryPools().stream().filter(p -> facts.fits(w, facts.largestOff(w), p, 1, null)).map(Pool::id).toList();
            for (String pool : roomy) {
                Segment where = segments.stream().filter(s -> named(s.text, List.of(pool)).contains(pool)).findFirst().orElse(null);
                claim("strict: pools with room do not decline", where != null && where.label.equals("Room"), w,
                        "pool " + pool + " has room but is not said to: " + text);
            }
        }
    }

    private void checkRoom(Workload w, String text, List<Assignment> off) {
        Matcher m = ROOM_COUNT.matcher(text);
        while (m.find()) {
            int n = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
            for (String id : named(m.group(1), poolNames.keySet())) {
                Pool pool = facts.pool(id);
                claim("room for n shards", n <= off.size() && facts.fits(w, facts.largestOff(w), pool, n, null), w,
                        "pool " + pool.id() + " said to have room for " + n + " shards: " + text);
                // Moving a shard from elsewhere there must make the plan better: otherwise it was no missed chance.
                boolean better = off.stream().anyMatch(
                        shard -> PlanFacts.compareDownToCost(facts.scoreWith(shard, pool), facts.score()) > 0);
                claim("room is a better plan", better, w, "moving a shard to " + pool.id() + " would not improve the plan: " + text);
            }
        }
        checkCostClauses(w, text, off, true);
    }

    private void checkCost(Workload w, String text, List<Assignment> off) {
        claim("cost reasons only in preference mode", facts.mode == FirstRefusalMode.PREFERENCE
                || facts.scenario.weights().firstRefusal() == 0, w, "cost reason in strict mode: " + text);
        checkCostClauses(w, text, off, false);
    }

    /** "pool P had room at $X a shard against $Y + $Z premium on Q": figures per shard, like for like, and the verdict. */
    private void checkCostClauses(Workload w, String text, List<Assignment> off, boolean better) {
        Matcher m = COST_CLAUSE.matcher(text);
        while (m.find()) {
            for (String id : named(m.group(1), poolNames.keySet())) {
                checkCostClause(w, text, off, better, m, facts.pool(id));
            }
        }
    }

    private void checkCostClause(Workload w, String text, List<Assignment> off, boolean better, Matcher m, Pool pool) {
        claim("had room", facts.fits(w, facts.largestOff(w), pool, 1, null), w, "pool " + pool.id() + " said to have room: " + text);
        // "at $X a shard against $Y on q1, at $X2 a shard against $Y2 on q2": shards of different sizes cost
        // different amounts there, each group its own.
        String[] groups = (m.group(2) + " against " + m.group(3)).split(", at (?=\\$)");
        int found = 0;
        for (String group : groups) {
            int against = group.indexOf(" against ");
            String there = group.substring(0, against).replace(" a shard", "");
            found += checkCostGroup(w, text, off, better, pool, there, group.substring(against + " against ".length()));
        }
        claim("cost compared", found > 0, w, "no cost to compare with: " + text);
    }

    /** One "$X a shard against $Y on q, ..." group: how many shards elsewhere it compares with. */
    private int checkCostGroup(Workload w, String text, List<Assignment> off, boolean better, Pool pool, String there,
                               String heres) {
        Matcher here = HERE.matcher(heres);
        int found = 0;
        while (here.find()) {
            found++;
            Assignment shard = off.stream().filter(a -> a.pool().equals(here.group(4))).findFirst().orElse(null);
            if (shard == null) {
                claim("cost compared with a shard elsewhere", false, w, "no shard of it on " + here.group(4) + ": " + text);
                continue;
            }
            claim("cost there", there.equals(Money.format(facts.costThere(shard, pool))), w,
                    there + " there, recomputed " + Money.format(facts.costThere(shard, pool)) + ": " + text);
            claim("cost here", here.group(1).equals(Money.format(facts.costHere(shard))), w,
                    here.group(1) + " here, recomputed " + Money.format(facts.costHere(shard)) + ": " + text);
            double premium = ScoreUnits.dollars(facts.figures(shard).premiumUsd());
            if (here.group(3) == null) {
                claim("premium", here.group(2) == null ? premium == 0 : here.group(2).equals(Money.format(premium)), w,
                        "premium " + here.group(2) + ", recomputed " + Money.format(premium) + ": " + text);
            }
            int verdict = PlanFacts.compareDownToCost(facts.scoreWith(shard, pool), facts.score());
            claim(better ? "room is cheaper" : "premium did not cover", better ? verdict > 0 : verdict <= 0, w,
                    "moving a shard from " + shard.pool() + " to " + pool.id() + " compares " + verdict + ": " + text);
        }
        return found;
    }

    /** Any "pool P had/has room" anywhere: the pool has room for a shard, the rest of the plan as it is. */
    private void checkRoomAnywhere(Workload w, String text) {
        Matcher m = ROOM_ANYWHERE.matcher(text);
        while (m.find()) {
            for (String id : named(m.group(1), poolNames.keySet())) {
                claim("room", facts.fits(w, facts.largestOff(w), facts.pool(id), 1, null), w, "pool " + id + " has no room for a shard: " + text);
            }
        }
    }

    private void checkPrimaryCapacity(Workload w, Segment s, List<String> pools) {
        List<String> sayFull = checkCapacitySentences(w, facts.largestOff(w), s.text, 0, 0, pools);
        for (String pool : pools) {
            claim("no room on " + s.label, !facts.fits(w, facts.largestOff(w), facts.pool(pool), 1, null), w,
                    "pool " + pool + " has room but is said to be full: " + s.text);
            if (s.label.equals("Capacity")) {
                claim("capacity sentence per pool", sayFull.contains(pool), w, "pool " + pool + " without its figures: " + s.text);
            }
        }
    }

    /**
     * "pool P full in Q (u of c used; needs n)" and "site S would need x MW in Q, cap y MW": the figures are the
     * plan's (less what one own shard frees on that pool), and it does not fit. Returns the pools said full.
     */
    private List<String> checkCapacitySentences(Workload w, double size, String text, long freed, long freedWatts, List<String> context) {
        List<String> full = new ArrayList<>();
        Matcher m = CAPACITY.matcher(text);
        while (m.find()) {
            Pool pool = facts.pool(m.group(1));
            Period period = Period.parse(m.group(2));
            long used = number(m.group(3));
            long count = number(m.group(4));
            long needs = number(m.group(5));
            ShardOnPool f = facts.calculator.assess(w, size, pool);
            claim("capacity figures", used == facts.used(pool.id(), period) - freed && count == pool.countIn(period)
                    && needs == f.accelerators() && used + needs > count, w,
                    "capacity of " + pool.id() + " in " + period + ": " + facts.used(pool.id(), period) + " used of "
                            + pool.countIn(period) + ", shard needs " + f.accelerators() + "; text: " + m.group());
            full.add(pool.id());
        }
        Matcher p = POWER.matcher(text);
        while (p.find()) {
            String site = p.group(1);
            Period period = Period.parse(p.group(3));
            Double cap = facts.index.site(site).powerCapIn(period);
            long watts = facts.watts(site, period) - freedWatts;
            // The sentence names the site; the shard's watts depend on the pool it would go to (one of those named).
            boolean matches = cap != null && Evaluation.mw(cap).equals(p.group(4)) && context.stream()
                    .map(id -> facts.calculator.assess(w, size, facts.pool(id)))
                    .filter(f -> f.site().id().equals(site))
                    .anyMatch(f -> Evaluation.mw((watts + f.roundedWatts()) / 1e6).equals(p.group(2))
                            && watts + f.roundedWatts() > ScoreUnits.capWatts(cap));
            claim("power figures", matches, w, "power at " + site + " in " + period + ": " + watts
                    + " W used, cap " + cap + " MW; text: " + p.group());
        }
        return full;
    }

    private void checkStatic(Workload w, Segment s, List<String> pools) {
        claim("reason names pools", !pools.isEmpty(), w, "a reason without pools: " + s.text);
        for (String pool : pools) {
            List<RuleBreak> breaks = facts.calculator.assess(w, facts.pool(pool)).staticBreaks();
            claim("rule blocks " + s.label, !breaks.isEmpty() && breaks.getFirst().rule().label().equals(s.label), w,
                    "pool " + pool + " is said blocked by " + s.label + " but the rules say "
                            + (breaks.isEmpty() ? "nothing" : breaks.getFirst().message()) + ": " + s.text);
        }
    }

    private void checkNoRepeats(Workload w, List<Segment> segments, String text) {
        Map<String, Long> labels = segments.stream().collect(Collectors.groupingBy(s -> s.label, Collectors.counting()));
        labels.forEach((label, n) -> claim("one line per reason", n == 1, w, label + " repeated " + n + " times: " + text));
    }

    // ---- unplaced work ----

    private void checkMissing(Workload w, WorkloadExplanation e) {
        List<Assignment> rows = facts.rows(w.id());
        long unplaced = rows.size() - facts.placed(w.id()).size();
        String text = e.missing();
        claim("missing only for unplaced work", (text != null) == (unplaced > 0), w, "missing " + text + " with " + unplaced + " unplaced");
        if (text == null) {
            return;
        }
        List<String> all = new ArrayList<>(poolNames.keySet());
        Matcher now = TAKE_NOW.matcher(text);
        while (now.find()) {
            int n = now.group(3) != null ? Integer.parseInt(now.group(3)) : now.group(2).equals("it") ? 1 : (int) unplaced;
            claim("could take it now", facts.fits(w, facts.largestUnplaced(w), facts.pool(now.group(1)), n, null), w, "no room for " + n + ": " + text);
        }
        Matcher needs = NEEDS_ACCELERATORS.matcher(text);
        while (needs.find()) {
            Pool pool = facts.pool(needs.group(4));
            ShardOnPool f = facts.calculator.assess(w, facts.largestUnplaced(w), pool);
            long most = f.periods().stream().mapToLong(p -> facts.used(pool.id(), p) + f.accelerators() - pool.countIn(p)).max().orElse(0);
            Period period = Period.parse(needs.group(3));
            claim("shortfall", number(needs.group(1)) == most
                    && facts.used(pool.id(), period) + f.accelerators() - pool.countIn(period) == most, w,
                    "shortfall at " + pool.id() + " is " + most + ": " + needs.group());
        }
        Matcher power = NEEDS_POWER.matcher(text);
        while (power.find()) {
            Period period = Period.parse(power.group(3));
            String site = power.group(2);
            Double cap = facts.index.site(site).powerCapIn(period);
            boolean matches = cap != null && facts.scenario.pools().stream()
                    .filter(p -> facts.index.siteOf(p).id().equals(site))
                    .map(p -> facts.calculator.assess(w, facts.largestUnplaced(w), p))
                    .anyMatch(f -> String.format(java.util.Locale.US, "%.1f",
                            (facts.watts(site, period) + f.roundedWatts() - ScoreUnits.capWatts(cap)) / 1e6).equals(power.group(1)));
            claim("power shortfall", matches, w, "power short at " + site + " in " + period + ": " + power.group());
        }
        List<Segment> segments = segments(text);
        checkNoRepeats(w, segments, text);
        for (Segment s : segments) {
            List<String> pools = named(s.text, all);
            switch (s.label) {
                case "Capacity", "Power", "Room", "Cost" -> claim("no dynamic groups when unplaced", false, w, s.text);
                default -> checkStatic(w, s, pools);
            }
        }
        Matcher either = NO_ROOM_EITHER.matcher(text);
        while (either.find()) {
            for (String pool : named(either.group(1), all)) {
                claim("no room either", !facts.fits(w, facts.largestUnplaced(w), facts.pool(pool), 1, null), w, "pool " + pool + " has room: " + text);
            }
        }
        for (String pool : all) {
            Matcher m = poolNames.get(pool).matcher(text);
            int n = 0;
            while (m.find()) {
                n++;
            }
            claim("each pool named once", n <= 1, w, "pool " + pool + " named " + n + " times: " + text);
        }
        Matcher none = NO_POOL.matcher(text);
        if (none.find()) {
            Map<String, Long> byRule = facts.scenario.pools().stream().map(p -> facts.calculator.assess(w, p).staticBreaks())
                    .filter(b -> !b.isEmpty()).collect(Collectors.groupingBy(b -> b.getFirst().rule().label(), TreeMap::new,
                            Collectors.counting()));
            String expected = byRule.entrySet().stream().map(x -> x.getKey() + " " + x.getValue()).collect(Collectors.joining(", "));
            boolean allBlocked = facts.scenario.pools().stream().noneMatch(p -> facts.calculator.assess(w, p).staticBreaks().isEmpty());
            claim("no pool passes", allBlocked && none.group(1).equals(expected), w, "rules count " + expected + ": " + text);
        }
        claim("rows exist", !rows.isEmpty() || w.shardCount() == 0, w, "no assignment rows");
    }

    // ---- assignment rows ----

    private void checkAssignmentReasons(Workload w, WorkloadExplanation e) {
        for (Assignment a : facts.rows(w.id())) {
            String reason = Objects.requireNonNullElse(a.reason(), "");
            if (facts.onPrimary(a)) {
                claim("a shard on the primary is not declined", !reason.contains("declined") && !reason.contains("off the primary"),
                        w, "shard " + a.shard() + " on " + a.pool() + " reads: " + reason);
            }
            if (reason.contains("off the primary")) {
                claim("off the primary row", facts.firstRefusalApplies(w) && a.isPlaced() && !facts.onPrimary(a), w,
                        "shard " + a.shard() + " on " + a.pool() + " reads: " + reason);
            }
        }
    }

    // ---- reading ----

    private record Segment(String label, String text) {
    }

    private static List<Segment> segments(String text) {
        List<Segment> segments = new ArrayList<>();
        Matcher m = LABEL.matcher(text);
        List<int[]> starts = new ArrayList<>();
        while (m.find()) {
            starts.add(new int[] {m.start(), m.end()});
        }
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
            String label = text.substring(starts.get(i)[0], starts.get(i)[1] - 2);
            segments.add(new Segment(label, text.substring(starts.get(i)[0], end)));
        }
        return segments;
    }

    private List<String> named(String text, java.util.Collection<String> pools) {
        return pools.stream().filter(p -> poolNames.get(p).matcher(text).find()).toList();
    }

    /** "az-sweden-h200 ×3, az-westeurope-h100 ×1", pools in name order. */
    private static String byPool(List<Assignment> shards) {
        Map<String, Long> counts = shards.stream().collect(Collectors.groupingBy(Assignment::pool, TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream().map(x -> x.getKey() + " ×" + x.getValue()).collect(Collectors.joining(", "));
    }

    private static long number(String text) {
        return Long.parseLong(text.replace(",", ""));
    }

    private void count(String kind) {
        claims.merge(kind, 1, Integer::sum);
    }

    private void claim(String kind, boolean holds, Workload w, String message) {
        count(kind);
        if (!holds) {
            failures.add(facts.scenario.name() + " / " + w.id() + " [" + kind + "]: " + message);
        }
    }

    static String describe(Map<String, Integer> claims) {
        return claims.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
