package org.truce.model.internal;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.truce.model.Category;
import org.truce.source.Span;
import org.truce.syntax.Clause;
import org.truce.vocabulary.Role;

/**
 * The declarations of one agreement, collected before anything is resolved against them: actors
 * with their roles, phases, what each holder holds, and the talks each phase holds. The first
 * declaration of a name wins; duplicates are reported by {@link Declarations}.
 */
public final class NameTable {
  /** An actor and all the roles it was declared with; {@code span} is its name's first site. */
  public record ActorEntry(String name, Set<Role> roles, Span span) {
    public boolean has(Role role) {
      return roles.contains(role);
    }
  }

  /** One holdings line, with the number analyses use (the qualifier is ignored). */
  public record Held(Category category, long count, Span span) {}

  /**
   * A line whose units' status is unknown at signing: each of them is of one of {@code either}
   * (docs/semantics.md "Status unknown at signing").
   */
  public record Unknown(Category line, long count, List<Category> either) {}

  /** {@code talks on onPhase} declared inside phase {@code inPhase}. */
  public record TalksEntry(String inPhase, Clause.Talks clause) {}

  final Map<String, ActorEntry> actors = new LinkedHashMap<>();
  final Map<String, Clause.Phase> phases = new LinkedHashMap<>();
  final Map<String, List<Held>> holdings = new LinkedHashMap<>();

  /** The lines of {@link #holdings}, indexed; filled with them by {@link Declarations}. */
  final Map<String, HeldIndex> heldIndex = new HashMap<>();

  /** The lines of {@link #holdings} whose status is unknown at signing, by holder. */
  final Map<String, List<Unknown>> unknown = new LinkedHashMap<>();

  final Map<String, TalksEntry> talks = new LinkedHashMap<>();

  /** Tagged clauses by id (the first of a duplicated id), in text order. */
  final Map<String, Clause> clauses = new LinkedHashMap<>();

  /**
   * {@link #amountHeld} by holder and category, filled on first use. Declarations are complete
   * before anything is resolved against them, and large agreements ask the same few questions
   * thousands of times (every release and exchange of a category).
   */
  private final Map<String, Map<Category, Long>> amounts = new HashMap<>();

  /** The clause tagged {@code id}, if any. */
  public Optional<Clause> clause(String id) {
    return Optional.ofNullable(clauses.get(id));
  }

  public Set<String> clauseIds() {
    return clauses.keySet();
  }

  public Optional<ActorEntry> actor(String name) {
    return Optional.ofNullable(actors.get(name));
  }

  public Set<String> actorNames() {
    return actors.keySet();
  }

  public List<String> parties() {
    return actors.values().stream().filter(a -> a.has(Role.PARTY)).map(ActorEntry::name).toList();
  }

  public Optional<Clause.Phase> phase(String name) {
    return Optional.ofNullable(phases.get(name));
  }

  public Set<String> phaseNames() {
    return phases.keySet();
  }

  public Optional<TalksEntry> talksOn(String phase) {
    return Optional.ofNullable(talks.get(phase));
  }

  public Map<String, TalksEntry> talks() {
    return talks;
  }

  public Set<String> holders() {
    return holdings.keySet();
  }

  public List<Held> heldBy(String holder) {
    return holdings.getOrDefault(holder, List.of());
  }

  /**
   * True when {@code holder} holds units that {@code category} may name, a category a line of
   * unknown status may turn out to be of included.
   */
  public boolean holds(String holder, Category category) {
    return amountOrNone(holder, category) >= 0;
  }

  /** True when a line whose status is known (or the unknown line's own category) may hold it. */
  public boolean holdsKnown(String holder, Category category) {
    HeldIndex index = heldIndex.get(holder);
    return index != null && index.amountOrNone(category) >= 0;
  }

  /** The lines of unknown status of {@code holder}. */
  public List<Unknown> unknownLines(String holder) {
    return unknown.getOrDefault(holder, List.of());
  }

  /**
   * The most units of {@code category} that {@code holder} holds: the lines at or below it, plus
   * the lines above it (a coarser line may consist entirely of units of this category).
   */
  public long amountHeld(String holder, Category category) {
    return Math.max(0, amountOrNone(holder, category));
  }

  /** The amount held, or -1 when no line of the holder is related to the category. */
  private long amountOrNone(String holder, Category category) {
    return amounts
        .computeIfAbsent(holder, h -> new HashMap<>())
        .computeIfAbsent(
            category,
            c -> {
              HeldIndex index = heldIndex.get(holder);
              long known = index == null ? -1 : index.amountOrNone(c);
              // A line of unknown status may consist entirely of units of one of its categories.
              for (Unknown u : unknownLines(holder)) {
                boolean counted = c.covers(u.line()) || u.line().covers(c);
                if (!counted && u.either().stream().anyMatch(c::covers)) {
                  known = Math.max(0, known) + u.count();
                }
              }
              return known;
            });
  }

  /** Every category path some holder holds, and every path above one, for suggestions. */
  public List<String> categoryPaths(Optional<String> holder) {
    Set<String> paths = new LinkedHashSet<>();
    for (Map.Entry<String, List<Held>> entry : holdings.entrySet()) {
      if (holder.isEmpty() || holder.get().equals(entry.getKey())) {
        entry
            .getValue()
            .forEach(h -> paths.addAll(HeldIndex.selfAndAbove(h.category()).reversed()));
      }
    }
    return List.copyOf(paths);
  }

  static Set<Role> roles(List<Role> roles) {
    return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }
}
