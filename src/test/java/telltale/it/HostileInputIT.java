package telltale.it;

import org.junit.jupiter.api.extension.ExtendWith;

/** The hostile corpus against the shared test server on the embedded H2. */
@ExtendWith(PayaraMicroExtension.class)
class HostileInputIT extends HostileCorpus {}
