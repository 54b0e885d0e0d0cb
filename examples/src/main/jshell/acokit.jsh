// JShell start-up for acokit: imports the entry points of every public package of acokit-core and
// acokit-measures (JShell's DEFAULT start-up adds java.util, java.io, java.nio.file, ...).
// One command from the top of the checkout (builds what it needs, then starts JShell):
//   mvn -B -q -pl examples -am package -DskipTests exec:exec@jshell
// or by hand, with the class path written by dependency:build-classpath (see the README):
//   jshell --class-path "$(cat examples/target/classpath.txt)" --startup DEFAULT --startup examples/src/main/jshell/acokit.jsh
// Start-up snippets do not take $N numbers: the first expression you type is $1.
import java.time.LocalDate;
// core: org.acokit
import org.acokit.benchmark.*;
import org.acokit.contract.*;
import org.acokit.explain.*;
import org.acokit.io.*;
import org.acokit.population.*;
import org.acokit.program.*;
import org.acokit.program.masshealth.*;
import org.acokit.program.mssp.*;
import org.acokit.program.nextgen.*;
import org.acokit.program.pioneer.*;
import org.acokit.program.reach.*;
import org.acokit.puf.*;
import org.acokit.quality.*;
import org.acokit.quality.app.*;
import org.acokit.quality.mssp.*;
import org.acokit.report.*;
import org.acokit.risk.*;
// measures: org.acokit.measures
import org.acokit.measures.*;
import org.acokit.measures.definition.*;
import org.acokit.measures.ecqm.*;
import org.acokit.measures.equity.*;
import org.acokit.measures.evaluation.*;
import org.acokit.measures.fhir.*;
import org.acokit.measures.hospital.*;
import org.acokit.measures.library.*;
import org.acokit.measures.patient.*;
import org.acokit.measures.safety.*;
import org.acokit.measures.synthetic.*;
import org.acokit.measures.terminology.*;
import org.acokit.measures.workforce.*;
import org.acokit.measures.chart.*;
import org.acokit.measures.html.*;
// Settlement risk in one call, e.g.:
// SettlementSimulation.parametric(input, ParametricSpending.normal(0.02, 2.2)).run(100_000, 42).print();
// Charts (SVG) and self-contained HTML reports, e.g.:
// Charts.settlementDistribution(SettlementSimulation.parametric(input, ParametricSpending.normal(0.02, 2.2)).run(100_000, 42), 40).writeTo(java.nio.file.Path.of("risk.svg"));
// Reports.settlement(MsspSettlement.settle(input).contractResult()).writeTo(java.nio.file.Path.of("settlement.html"));
