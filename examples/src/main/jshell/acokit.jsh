// JShell start-up for acokit: imports the settlement vocabulary.
// jshell --class-path "$(cat examples/target/classpath.txt)" examples/src/main/jshell/acokit.jsh
import java.time.LocalDate;
import org.acokit.quality.*;
import org.acokit.program.mssp.*;
import org.acokit.population.*;
