package org.truce.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.truce.model.ModelBuilder;
import org.truce.model.ModelResult;
import org.truce.model.json.AgreementJson;
import org.truce.source.SourceText;
import org.truce.syntax.ParseResult;
import org.truce.syntax.Parser;

/**
 * Parse and parse+validate throughput on a generated agreement of {@code clauses} clauses
 * (docs/benchmarks.md). The setup checks that the text really is valid, so that a broken generator
 * cannot make the numbers look good by failing early. The peer measured in the same run is Jackson
 * reading the same agreement's JSON export into a tree: a mature, tuned parser that does no
 * validation, to put our figures in proportion.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParseValidateBenchmark {
  @Param({"10000"})
  public int clauses;

  private SourceText source;
  private String json;
  private final ObjectMapper mapper = new ObjectMapper();

  @Setup(Level.Trial)
  public void generate() {
    source = new SourceText("generated.truce", LargeAgreement.text(clauses));
    ModelResult result = ModelBuilder.load(source);
    if (result.hasErrors()) {
      throw new IllegalStateException(
          "generated agreement is invalid: " + result.diagnostics().getFirst().message());
    }
    json = AgreementJson.write(result.agreement().orElseThrow());
  }

  @Benchmark
  public ParseResult parse() {
    return Parser.parse(source);
  }

  @Benchmark
  public ModelResult parseAndValidate() {
    return ModelBuilder.load(source);
  }

  @Benchmark
  public JsonNode peerJacksonReadsJsonExport() throws Exception {
    return mapper.readTree(json);
  }
}
