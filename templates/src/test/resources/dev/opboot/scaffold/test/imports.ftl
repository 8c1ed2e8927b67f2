import [=name];
import other.[=name];
