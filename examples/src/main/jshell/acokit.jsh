// JShell start-up for acokit: imports the settlement vocabulary.
// jshell --class-path "$(cat examples/target/classpath.txt)" examples/src/main/jshell/acokit.jsh
import java.time.LocalDate;
import org.acokit.quality.*;
import org.acokit.program.mssp.*;
import org.acokit.population.*;
import org.acokit.risk.*;
// Settlement risk in one call, e.g.:
// SettlementSimulation.parametric(input, ParametricSpending.normal(0.02, 2.2)).run(100_000, 42).print();
// Charts (SVG) and self-contained HTML reports, e.g.:
// Charts.settlementDistribution(SettlementSimulation.parametric(input, ParametricSpending.normal(0.02, 2.2)).run(100_000, 42), 40).writeTo(java.nio.file.Path.of("risk.svg"));
// Reports.settlement(MsspSettlement.settle(input).contractResult()).writeTo(java.nio.file.Path.of("settlement.html"));
import org.acokit.measures.chart.*;
import org.acokit.measures.html.*;
