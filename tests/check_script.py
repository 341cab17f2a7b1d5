"""scripts/check_faults.py as a module: the tests start servers and kill writers with the
same code as the check script."""
import importlib.util

from .conftest import ROOT

_spec = importlib.util.spec_from_file_location("check_faults", ROOT / "scripts" / "check_faults.py")
check_faults = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check_faults)
