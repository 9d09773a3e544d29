package org.truce.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.truce.model.Agreement;
import org.truce.model.ClauseRef;
import org.truce.model.Phase;
import org.truce.model.PhaseClause;
import org.truce.vocabulary.Role;

/**
 * The versions of the agreement in a dossier, by their version label: what ledger entries may name.
 * A clause of a version is named by its id or its label.
 */
public final class DossierVersions {
  private final Map<String, Agreement> byLabel;
  // Asked for every entry of a batch: worked out once per version.
  private final Map<Agreement, Map<String, ClauseRef>> clausesByName = new IdentityHashMap<>();

  public DossierVersions(Map<String, Agreement> byLabel) {
    this.byLabel = new LinkedHashMap<>(byLabel);
    for (Agreement agreement : this.byLabel.values()) {
      Map<String, ClauseRef> byName = new HashMap<>();
      for (ClauseRef ref : clauses(agreement)) {
        ref.id().ifPresent(id -> byName.putIfAbsent(id, ref));
        ref.label().ifPresent(label -> byName.putIfAbsent(label, ref));
      }
      clausesByName.put(agreement, byName);
    }
  }

  public List<String> labels() {
    return List.copyOf(byLabel.keySet());
  }

  public Optional<Agreement> version(String label) {
    return Optional.ofNullable(byLabel.get(label));
  }

  /** The parties of a version (its actors with the party role), in declaration order. */
  public static List<String> parties(Agreement agreement) {
    return agreement.actors().stream().filter(a -> a.has(Role.PARTY)).map(a -> a.name()).toList();
  }

  /** Every actor of a version, whatever its roles, in declaration order. */
  public static List<String> actors(Agreement agreement) {
    return agreement.actors().stream().map(a -> a.name()).toList();
  }

  /**
   * The tags of every clause of a version that has one (phases, their clauses, rights, assurances,
   * those of its instruments included, requirements, the conclusion, interests and the instruments'
   * declarations), in the order of the text.
   */
  public static List<ClauseRef> clauses(Agreement agreement) {
    List<ClauseRef> refs = new ArrayList<>();
    agreement.interests().forEach(i -> refs.add(i.ref()));
    for (Phase phase : agreement.phases()) {
      refs.add(phase.ref());
      phase.clauses().stream().map(PhaseClause::ref).forEach(refs::add);
    }
    agreement.rights().forEach(r -> refs.add(r.ref()));
    agreement.assurances().forEach(a -> refs.add(a.ref()));
    agreement.requirements().forEach(r -> refs.add(r.ref()));
    agreement.conclusion().ifPresent(c -> refs.add(c.ref()));
    agreement.instruments().forEach(i -> refs.add(i.ref()));
    refs.removeIf(r -> r.id().isEmpty() && r.label().isEmpty());
    return refs;
  }

  /** The first clause of {@code agreement}, in text order, whose id or label is {@code name}. */
  public Optional<ClauseRef> clause(Agreement agreement, String name) {
    Map<String, ClauseRef> byName = clausesByName.get(agreement);
    return byName != null ? Optional.ofNullable(byName.get(name)) : find(agreement, name);
  }

  private static Optional<ClauseRef> find(Agreement agreement, String name) {
    return clauses(agreement).stream()
        .filter(
            r ->
                r.id().filter(name::equals).isPresent()
                    || r.label().filter(name::equals).isPresent())
        .findFirst();
  }
}
