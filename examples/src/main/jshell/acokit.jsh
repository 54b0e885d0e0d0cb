// JShell start-up for acokit: imports the settlement vocabulary.
// jshell --class-path "$(cat examples/target/classpath.txt)" examples/src/main/jshell/acokit.jsh
import java.time.LocalDate;
import org.acokit.program.*;
import org.acokit.settlement.*;
import org.acokit.population.*;
